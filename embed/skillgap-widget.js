/*
 * Skillgap loader: defines <skill-gap> and window.Skillgap.mount.
 * Served next to the modules (skillgap.js and skillgap_bg.wasm for the employee's app,
 * skillgap_reviewer.* for a feedback request link, skillgap_shared.* for a share link) and
 * skillgap.css; every asset URL is resolved against this script's own URL, so the folder can
 * live under any path. The link in the page's fragment decides which module is downloaded,
 * before anything is: a colleague answering a request never downloads the employee's app.
 * No inline code, no eval: works under script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
 *
 * On a slow network the module takes seconds to arrive, so the loader paints a skeleton at
 * once (the widget's title, navigation placeholders, the bytes of the module received), starts
 * the feed requests together with the module's, and says in the widget's place what failed if
 * the module cannot run.
 */
(function () {
  'use strict';
  if (window.Skillgap) return;

  var script = document.currentScript;
  var base = new URL('.', (script && script.src) || document.baseURI).href;
  /* Each module's size by name, written in by scripts/build.sh; empty when unknown (trunk serve). */
  var WASM_BYTES = {};
  /* The interface languages beside the module (i18n/*.json), written in by scripts/build.sh;
     empty when unknown (trunk serve): then only English is drawn before the module runs. */
  var LANGUAGES = [];
  var modulePromises = {};
  var progressListeners = [];

  /* The modules, by the name of their files. */
  var EMPLOYEE = 'skillgap';
  var REVIEWER = 'skillgap_reviewer';
  var SHARED = 'skillgap_shared';

  /*
   * The module a fragment calls for, as domain::feedback::link_kind reads it: a request link
   * (#sgr1.…) the reviewer's, a share link (#sg1.…) the shared view's; an answer (#sgf1.…),
   * anything else, or a page that reads no links, the employee's. A damaged link goes to the
   * module of its kind, which says what is wrong with it.
   */
  function moduleFor(hash, options) {
    if (options.links === false) return EMPLOYEE;
    var fragment = String(hash || '').replace(/^#/, '');
    if (/^sgr[0-9]+\./i.test(fragment)) return REVIEWER;
    if (/^sg[0-9]+\./i.test(fragment)) return SHARED;
    return EMPLOYEE;
  }

  function reportProgress(received, total) {
    progressListeners.forEach(function (listener) {
      listener(received, total);
    });
  }

  /* A module's response, its body counted as it streams in (streaming compilation is kept). */
  function fetchWasm(name) {
    return fetch(base + name + '_bg.wasm').then(function (response) {
      if (!response.ok) throw new LoadError('download', 'HTTP ' + response.status);
      var encoded = response.headers.get('content-encoding');
      var total = WASM_BYTES[name] || (encoded ? 0 : Number(response.headers.get('content-length')) || 0);
      if (!response.body || typeof TransformStream !== 'function') return response;
      var received = 0;
      var counter = new TransformStream({
        transform: function (chunk, controller) {
          received += chunk.byteLength;
          reportProgress(received, total);
          controller.enqueue(chunk);
        },
      });
      return new Response(response.body.pipeThrough(counter), { status: 200, headers: response.headers });
    });
  }

  function LoadError(kind, detail) {
    this.kind = kind;
    this.message = detail || kind;
  }

  function loadModule(name) {
    name = name || EMPLOYEE;
    if (!modulePromises[name]) {
      /* The wasm download starts now, alongside the JS module's, not after it has run. */
      var wasm = fetchWasm(name);
      wasm.catch(function () {});
      modulePromises[name] = import(base + name + '.js')
        .catch(function (error) {
          throw new LoadError('download', error && error.message);
        })
        .then(function (mod) {
          return mod.default({ module_or_path: wasm }).then(function () {
            return mod;
          });
        })
        .catch(function (error) {
          modulePromises[name] = null; /* Try again starts afresh. */
          throw error instanceof LoadError ? error : classify(error);
        });
    }
    return modulePromises[name];
  }

  /* What went wrong, in the terms the message in the widget's place needs. */
  function classify(error) {
    var text = String((error && error.message) || error);
    if (/Content Security Policy|unsafe-eval|wasm-eval|CSP/i.test(text)) return new LoadError('csp', text);
    if (error instanceof TypeError && /fetch|network|load/i.test(text)) return new LoadError('download', text);
    if (typeof WebAssembly === 'object' && error instanceof WebAssembly.CompileError) return new LoadError('download', text);
    return new LoadError('start', text);
  }

  /* The skeleton's texts in English; other languages' come from their catalogue (skeleton.*
     keys of i18n/<tag>.json), fetched now, with the module, and handed to it. */
  var ENGLISH = {
    'skeleton.title': 'Skill gap',
    'skeleton.loading': 'Loading the skills widget…',
    'skeleton.progress': 'Skills widget downloaded',
    'skeleton.try-again': 'Try again',
    'skeleton.failed-old': 'This browser cannot run the skills widget. It works in current versions of Chrome, Edge, Firefox and Safari.',
    'skeleton.failed-csp': "This page's security policy does not allow WebAssembly, which the skills widget needs. The page's administrator can allow it by adding 'wasm-unsafe-eval' to script-src (see the widget's embedding guide).",
    'skeleton.failed-download': 'The skills widget could not be downloaded completely: the connection may have dropped.',
    'skeleton.failed-download-reviewer': 'The feedback form could not be downloaded completely: the connection may have dropped.',
    'skeleton.failed-download-shared': 'The shared profile could not be downloaded completely: the connection may have dropped.',
    'skeleton.failed-start': 'The skills widget could not start.',
  };

  function listAttr(value) {
    return (value || '').split(/\s+/).filter(Boolean);
  }

  /*
   * A well-formed language tag as the module reads it (`LanguageTag::parse`), lower case, or
   * null: at most 64 characters; subtags of 1-8 letters or digits, split by - or _; the first
   * 2-3 letters. A malformed one is skipped whole, never cut down to a language the module
   * would not choose (so the catalogue fetched here is the one shown).
   */
  function wellFormedTag(value) {
    var text = String(value || '').trim();
    if (!text || text.length > 64) return null;
    var parts = text.toLowerCase().split(/[-_]/);
    if (!/^[a-z]{2,3}$/.test(parts[0])) return null;
    for (var i = 1; i < parts.length; i++) {
      if (!/^[a-z0-9]{1,8}$/.test(parts[i])) return null;
    }
    return parts;
  }

  /*
   * The interface language as the module will choose it (docs/i18n.md): ?lang= on the
   * standalone page, the language menu's remembered choice, then the page's hints; the first
   * well-formed one that has a catalogue, each tried with its shorter forms (de-CH finds de).
   */
  function chooseLanguage(options) {
    var wanted = [];
    if (options.urlParams) wanted.push(new URLSearchParams(window.location.search).get('lang'));
    var namespace = options.storageKey || 'skillgap';
    if (/^[A-Za-z0-9._-]{1,64}$/.test(namespace)) {
      try {
        wanted.push(window.localStorage.getItem(namespace + ':language'));
      } catch (e) {
        /* Storage blocked: the page's hints decide. */
      }
    }
    wanted = wanted.concat(options.languages);
    for (var i = 0; i < wanted.length; i++) {
      var parts = wellFormedTag(wanted[i]);
      if (!parts) continue;
      for (var n = parts.length; n > 0; n--) {
        var form = parts.slice(0, n).join('-');
        for (var j = 0; j < LANGUAGES.length; j++) {
          if (LANGUAGES[j].toLowerCase() === form) return LANGUAGES[j];
        }
      }
    }
    return 'en';
  }

  /* The chosen language's catalogue as text, requested now; null for English. */
  function prefetchCatalogue(tag) {
    if (tag === 'en' || typeof fetch !== 'function') return null;
    var text = fetch(base + 'i18n/' + tag + '.json').then(function (response) {
      if (!response.ok) throw new Error('HTTP ' + response.status);
      return response.text();
    });
    text.catch(function () {});
    return { tag: tag, text: text };
  }

  function optionsFrom(element) {
    return {
      feeds: listAttr(element.getAttribute('feed')),
      feedOrigins: listAttr(element.getAttribute('feed-origins')),
      storageKey: element.getAttribute('storage-key') || undefined,
      diagnostics: element.hasAttribute('diagnostics'),
      theme: element.getAttribute('theme') || 'auto',
      role: element.getAttribute('role-id') || undefined,
      urlParams: element.hasAttribute('url-params'),
      assetBase: base,
    };
  }

  /*
   * Starts the feed requests now, with the module's, instead of after the module has run: the
   * feeds the host configured, else the demo feed. Feeds named in the address bar (?feed=) are
   * judged by the module first, so they are not fetched here. The module takes these responses
   * (`prefetched`, by URL as configured) and never requests the same feed twice.
   */
  function prefetchFeeds(options) {
    var prefetched = {};
    if (typeof fetch !== 'function') return prefetched;
    var linked = options.urlParams && new URLSearchParams(window.location.search).has('feed');
    if (linked) return prefetched;
    var urls = options.feeds && options.feeds.length ? options.feeds : [base + 'feeds/demo.json'];
    urls.forEach(function (url) {
      var request = fetch(url);
      request.catch(function () {});
      prefetched[url] = request;
    });
    return prefetched;
  }

  /* The skeleton's own rules, for before skillgap.css arrives. A constructed sheet is allowed
     under style-src 'self', where a <style> element is not. */
  var SKELETON_CSS =
    '.sg-skeleton{all:initial;display:block;box-sizing:border-box;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;' +
    'font-size:var(--sg-rem,16px);line-height:1.45;color:#1b1f24;background:#fff;padding:var(--sg-rem,16px);max-width:calc(72*var(--sg-rem,16px));margin:0 auto}' +
    '.sg-skeleton.sg-theme-dark{color:#e8ecf1;background:#14171c}' +
    '@media (prefers-color-scheme:dark){.sg-skeleton:not(.sg-theme-light){color:#e8ecf1;background:#14171c}}' +
    '.sg-skeleton .sg-title{font-size:calc(1.5*var(--sg-rem,16px));margin:0 0 var(--sg-rem,16px)}' +
    '.sg-skeleton .sg-loading p{margin:0 0 calc(.5*var(--sg-rem,16px))}' +
    '.sg-skeleton .sg-nav-placeholder{display:flex;gap:calc(.35*var(--sg-rem,16px));margin:0 0 var(--sg-rem,16px);overflow:hidden}' +
    '.sg-skeleton .sg-nav-placeholder span{display:block;flex:none;width:calc(6.5*var(--sg-rem,16px));height:calc(1.45em + .8*var(--sg-rem,16px) + 2px);border-radius:8px;background:rgba(128,128,128,.15)}';

  function adoptSkeletonStyles(root) {
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(SKELETON_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch (e) {
      /* Older browsers: the skeleton waits for skillgap.css. */
    }
  }

  function themeClass(options) {
    return options.theme === 'dark' ? ' sg-theme-dark' : options.theme === 'light' ? ' sg-theme-light' : '';
  }

  function node(tag, className, text) {
    var element = document.createElement(tag);
    if (className) element.className = className;
    if (text) element.textContent = text;
    return element;
  }

  /* The widget's first frame as the module will draw it (same classes, same heights): a
     visitor's module has no navigation. */
  function drawSkeleton(container, options, name) {
    var texts = Object.assign({}, ENGLISH);
    var skeleton = node('div', 'skillgap sg-skeleton' + themeClass(options));
    skeleton.dataset.testid = 'skeleton';
    var header = node('header', 'sg-header');
    var title = node('h1', 'sg-title', texts['skeleton.title']);
    header.appendChild(title);
    skeleton.appendChild(header);
    var nav = node('div', 'sg-nav-placeholder');
    nav.setAttribute('aria-hidden', 'true');
    for (var i = 0; i < 7; i++) nav.appendChild(node('span'));
    if (name === EMPLOYEE) skeleton.appendChild(nav);
    skeleton.dataset.module = name;
    var status = node('div', 'sg-loading');
    status.setAttribute('role', 'status');
    var text = node('p', 'sg-loading-text', texts['skeleton.loading']);
    status.appendChild(text);
    var bar = node('progress', 'sg-load-progress');
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute('aria-label', texts['skeleton.progress']);
    var catalogue = options.prefetchedCatalogue;
    if (catalogue) {
      skeleton.lang = catalogue.tag;
      catalogue.text.then(function (json) {
        var translated = JSON.parse(json);
        Object.keys(ENGLISH).forEach(function (key) {
          if (typeof translated[key] === 'string' && translated[key]) texts[key] = translated[key];
        });
        if (translated._direction === 'rtl') skeleton.dir = 'rtl';
        title.textContent = texts['skeleton.title'];
        if (text.isConnected) text.textContent = texts['skeleton.loading'];
        bar.setAttribute('aria-label', texts['skeleton.progress']);
      }).catch(function () {
        skeleton.lang = 'en'; /* The module says in its diagnostics why. */
      });
    }
    status.appendChild(bar);
    skeleton.appendChild(status);
    container.appendChild(skeleton);

    function onProgress(received, total) {
      if (total > 0) {
        bar.value = Math.min(100, Math.round((received / total) * 100));
      } else {
        bar.removeAttribute('value'); /* indeterminate: the size is unknown */
      }
    }
    progressListeners.push(onProgress);
    return {
      remove: function () {
        progressListeners = progressListeners.filter(function (l) {
          return l !== onProgress;
        });
        skeleton.remove();
      },
      fail: function (error, retry) {
        progressListeners = progressListeners.filter(function (l) {
          return l !== onProgress;
        });
        status.setAttribute('role', 'alert');
        status.textContent = '';
        /* Which part could not load: the employee's app, the feedback form, the shared profile. */
        var part = name === EMPLOYEE ? '' : '-' + name.replace(/^skillgap_/, '');
        var sentence = texts['skeleton.failed-' + error.kind + part] || texts['skeleton.failed-' + error.kind];
        status.appendChild(node('p', 'sg-load-failed', sentence || texts['skeleton.failed-start']));
        skeleton.dataset.failed = error.kind;
        if (error.kind !== 'old' && error.kind !== 'csp') {
          var button = node('button', 'sg-button', texts['skeleton.try-again']);
          button.type = 'button';
          button.dataset.testid = 'load-retry';
          button.addEventListener('click', retry);
          status.appendChild(button);
        }
      },
    };
  }

  function browserCanRun() {
    return typeof WebAssembly === 'object' && typeof Promise === 'function' && typeof fetch === 'function' && !!document.head.attachShadow;
  }

  /*
   * The languages the page asks for, most wanted first: the `lang` option, the element's own
   * `lang` or its nearest ancestor's (the page's <html lang> last), then the browser's. The
   * module picks the first it has a catalogue for (docs/i18n.md).
   */
  function languageHints(host, options) {
    var hints = [];
    if (options.lang) hints.push(String(options.lang));
    var marked = host.closest && host.closest('[lang]');
    if (marked && marked.getAttribute('lang')) hints.push(marked.getAttribute('lang'));
    (navigator.languages || [navigator.language]).forEach(function (tag) {
      if (tag) hints.push(tag);
    });
    return hints;
  }

  /* The browser's default text size, the user's own setting: what `rem` is on a page that
     leaves its root font size alone. The widget is sized from it (--sg-rem in skillgap.css),
     never from the host's `html { font-size }`. */
  function defaultTextSize(container) {
    var probe = document.createElement('div');
    probe.style.cssText = 'all:initial;position:absolute;visibility:hidden;font-size:medium';
    container.appendChild(probe);
    var size = getComputedStyle(probe).fontSize;
    container.removeChild(probe);
    return /^\d+(\.\d+)?px$/.test(size) ? size : '16px';
  }

  /* Renders into a shadow root of `host` with the widget's stylesheet inside it. */
  function mountInto(host, options) {
    options = Object.assign({ assetBase: base }, options || {});
    options.languages = languageHints(host, options);
    options.prefetchedCatalogue = options.prefetchedCatalogue || prefetchCatalogue(chooseLanguage(options));
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    adoptSkeletonStyles(root);
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + 'skillgap.css';
    var container = document.createElement('div');
    container.className = 'sg-mount';
    root.appendChild(style);
    root.appendChild(container);
    container.style.setProperty('--sg-rem', defaultTextSize(container));
    var current = { name: moduleFor(window.location.hash, options), mounted: null };
    var skeleton = drawSkeleton(container, options, current.name);
    if (!browserCanRun()) {
      var old = new LoadError('old');
      skeleton.fail(old);
      return Promise.reject(old);
    }
    options.prefetched = prefetchFeeds(options);
    function start(extra) {
      var name = current.name;
      return loadModule(name).then(
        function (mod) {
          if (name !== current.name) return container; /* replaced while it downloaded */
          skeleton.remove();
          current.mounted = mod.mount(container, Object.assign({}, options, extra || {}));
          /* A later module fetches the feeds afresh: a response's body is read once. */
          options.prefetched = {};
          return container;
        },
        function (error) {
          if (name !== current.name) return container;
          skeleton.fail(error, function () {
            skeleton.remove();
            skeleton = drawSkeleton(container, options, name);
            start(extra);
          });
          throw error;
        }
      );
    }
    /* Puts module `name` in the widget's place (with `extra` options for it). */
    function replaceWith(name, extra) {
      if (current.mounted) {
        current.mounted.unmount();
        current.mounted.free();
        current.mounted = null;
      }
      skeleton.remove();
      current.name = name;
      skeleton = drawSkeleton(container, options, name);
      return start(extra).catch(function () {});
    }
    /* A visitor's module hands over to the employee's app (shell::handover). */
    container.addEventListener('skillgap-open', function (event) {
      var detail = (event && event.detail) || {};
      var extra = {};
      if (detail.compareShared === true) extra.compareShared = true;
      replaceWith(EMPLOYEE, extra);
    });
    /* A link pasted into a tab where the widget is open: a visitor's link opens its module (a
       new one afresh); the employee's app follows answers itself. */
    if (options.links !== false) {
      window.addEventListener('hashchange', function () {
        if (!container.isConnected) return;
        var wanted = moduleFor(window.location.hash, options);
        if (wanted !== EMPLOYEE || current.name !== EMPLOYEE) replaceWith(wanted);
      });
    }
    return start();
  }

  class SkillGapElement extends HTMLElement {
    connectedCallback() {
      if (this._mounted) return;
      this._mounted = true;
      /* Failures are shown in the widget's place by the skeleton. */
      mountInto(this, optionsFrom(this)).catch(function () {});
    }
  }

  window.Skillgap = {
    /* For hosts that render their own container: Skillgap.mount(element, { feeds: [...], storageKey, theme }). */
    mount: mountInto,
    /* An initialised module by name (default the employee's), for pages of our own. */
    module: loadModule,
    version: '1',
  };
  if (window.customElements && !customElements.get('skill-gap')) customElements.define('skill-gap', SkillGapElement);
})();
