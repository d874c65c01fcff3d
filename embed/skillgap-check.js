/*
 * The feed checker page (check.html): feeds from files or addresses, checked by the publisher
 * module (skillgap_publisher.js and skillgap_publisher_bg.wasm: `check_feeds`, the same
 * validation as the widget and feed-check, without the widget), shown grouped by severity with
 * counts, filters and search; a preview of the widget with those feeds (the employee's module,
 * fetched only then, through the widget's loader) and a download of the merged feed. Nothing
 * leaves the browser. No inline code (strict CSP).
 */
(function () {
  'use strict';

  /* The modules sit beside this script: URLs are resolved against its own, as the widget's
     loader resolves its own, so the folder can live under any path. */
  var script = document.currentScript;
  var base = new URL('.', (script && script.src) || document.baseURI).href;

  var SEVERITIES = [
    { key: 'error', title: 'Errors', one: 'error', many: 'errors', meaning: 'skipped: the widget leaves these entries out' },
    { key: 'warning', title: 'Warnings', one: 'warning', many: 'warnings', meaning: 'loaded, but changed or guessed' },
    { key: 'info', title: 'Notes', one: 'note', many: 'notes', meaning: 'loaded as written, worth knowing' },
  ];
  var KINDS = ['skills', 'roles', 'resources', 'mentors'];
  /* Problems listed at once, and added per "Show the next": as the widget's own diagnostics
     panel (markup::diagnostics::SHOWN_DIAGNOSTICS), so 100,000 findings do not stall the page. */
  var PAGE = 500;

  /* The feeds in the order they merge: { id, label, text, bytes, size } (bytes as read). */
  var feeds = [];
  var nextId = 1;
  var report = null;
  var previewUrls = [];
  /* The problems that pass the filters and the search, and how many of them are in the list. */
  var listed = [];
  var rendered = 0;

  function $(id) {
    return document.getElementById(id);
  }

  /* ---- the publisher module ---- */

  var checkerPromise = null;

  function LoadError(kind, detail) {
    this.kind = kind;
    this.message = detail || kind;
  }

  /*
   * The initialised publisher module. Its wasm download starts with its JS glue's, not after
   * it; a failed load is forgotten, so the next check (Try again) starts afresh.
   */
  function loadChecker() {
    if (!checkerPromise) {
      var wasm = fetch(base + 'skillgap_publisher_bg.wasm').then(function (response) {
        if (!response.ok) throw new LoadError('download', 'HTTP ' + response.status);
        return response;
      });
      wasm.catch(function () {});
      checkerPromise = import(base + 'skillgap_publisher.js')
        .catch(function (error) {
          throw new LoadError('download', errorText(error));
        })
        .then(function (mod) {
          return mod.default({ module_or_path: wasm }).then(function () {
            return mod;
          });
        })
        .catch(function (error) {
          checkerPromise = null;
          throw error instanceof LoadError ? error : classify(error);
        });
    }
    return checkerPromise;
  }

  /* What went wrong, in the terms the page's message needs (as the widget's loader sorts it). */
  function classify(error) {
    var text = errorText(error);
    if (/Content Security Policy|unsafe-eval|wasm-eval|CSP/i.test(text)) return new LoadError('csp', text);
    if (error instanceof TypeError && /fetch|network|load/i.test(text)) return new LoadError('download', text);
    if (typeof WebAssembly === 'object' && error instanceof WebAssembly.CompileError) return new LoadError('download', text);
    return new LoadError('start', text);
  }

  function loadFailureText(error) {
    if (error.kind === 'download') {
      return 'The checker could not be downloaded completely: the connection may have dropped.';
    }
    if (error.kind === 'csp') {
      return (
        "This page's security policy does not allow WebAssembly, which the checker needs. The page's administrator " +
        "can allow it by adding 'wasm-unsafe-eval' to script-src (see the widget's embedding guide)."
      );
    }
    return (
      'The checker could not start in this browser: ' + error.message +
      '. Use a current Chrome, Edge, Firefox or Safari, or feed-check on the command line.'
    );
  }

  function count(n) {
    return n.toLocaleString('en-US');
  }

  function plural(n, one, many) {
    return count(n) + ' ' + (n === 1 ? one : many);
  }

  function errorText(error) {
    return String((error && error.message) || error);
  }

  function sizeText(bytes) {
    if (bytes < 1000) return plural(bytes, 'byte', 'bytes');
    if (bytes < 1000000) return (bytes / 1000).toFixed(1) + ' KB';
    return (bytes / 1000000).toFixed(1) + ' MB';
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* ---- the list of feeds ---- */

  /* A feed as read, byte for byte: checked as text decoded as the widget decodes it (UTF-8,
     a byte-order mark dropped, as Response.text() does), and downloaded as the bytes themselves. */
  function addFeed(label, bytes) {
    var text = new TextDecoder('utf-8').decode(bytes);
    feeds.push({ id: nextId++, label: label, text: text, bytes: bytes, size: bytes.byteLength });
  }

  function renderList() {
    var list = $('ck-list');
    list.textContent = '';
    feeds.forEach(function (feed, index) {
      var item = element('li', 'ck-feed');
      item.dataset.testid = 'feed-item';
      item.appendChild(element('span', 'ck-feed-name', feed.label));
      item.appendChild(element('span', 'ck-feed-size', sizeText(feed.size)));
      var remove = element('button', 'ck-button ck-button-quiet', 'Remove');
      remove.type = 'button';
      remove.setAttribute('aria-label', 'Remove ' + feed.label);
      remove.addEventListener('click', function () {
        feeds = feeds.filter(function (f) {
          return f.id !== feed.id;
        });
        renderList();
        check();
        /* Focus stays in the list: on the next feed's Remove, else the file picker. */
        var buttons = list.querySelectorAll('button');
        (buttons[Math.min(index, buttons.length - 1)] || $('ck-file')).focus();
      });
      item.appendChild(remove);
      list.appendChild(item);
    });
    $('ck-order-hint').hidden = feeds.length < 2;
  }

  function readFiles(fileList) {
    var files = Array.prototype.slice.call(fileList || []);
    if (!files.length) return;
    Promise.all(
      files.map(function (file) {
        return file.arrayBuffer().then(
          function (buffer) {
            return { label: file.name, bytes: new Uint8Array(buffer) };
          },
          function (error) {
            return { label: file.name, problem: file.name + ' could not be read: ' + (error && error.message ? error.message : error) };
          }
        );
      })
    ).then(addResults);
  }

  function fetchAddresses(text) {
    var addresses = text
      .split(/\s+/)
      .map(function (a) {
        return a.trim();
      })
      .filter(Boolean);
    if (!addresses.length) return Promise.resolve();
    return Promise.all(
      addresses.map(function (address) {
        var url;
        try {
          url = new URL(address, document.baseURI);
        } catch (e) {
          return Promise.resolve({ problem: '“' + address + '” is not an address.' });
        }
        if (url.protocol !== 'https:' && url.protocol !== 'http:') {
          return Promise.resolve({ problem: '“' + address + '” is not an http(s) address.' });
        }
        return fetch(url.href, { credentials: 'same-origin' }).then(
          function (response) {
            if (!response.ok) {
              return { problem: url.href + ' answered HTTP ' + response.status + ' ' + response.statusText + '.' };
            }
            return response.arrayBuffer().then(
              function (body) {
                return { label: url.href, bytes: new Uint8Array(body) };
              },
              function (error) {
                return { problem: url.href + ' could not be read to the end: ' + errorText(error) + '.' };
              }
            );
          },
          function () {
            return {
              problem:
                url.href +
                ' could not be fetched: the server is unreachable or does not let this page read it (CORS). ' +
                'Download the file and choose it above instead.',
            };
          }
        );
      })
    ).then(addResults);
  }

  /* Files read or addresses fetched: the feeds join the list, the failures are said. */
  function addResults(results) {
    var problems = [];
    results.forEach(function (result) {
      if (result.problem) problems.push(result.problem);
      else addFeed(result.label, result.bytes);
    });
    showFetchProblems(problems);
    renderList();
    check();
  }

  function showFetchProblems(problems) {
    var box = $('ck-fetch-problems');
    box.textContent = problems.join(' ');
    box.hidden = !problems.length;
  }

  /* ---- the check ---- */

  function check() {
    var results = $('ck-results');
    if (!feeds.length) {
      report = null;
      results.hidden = true;
      return;
    }
    results.hidden = false;
    report = null;
    $('ck-summary').textContent = 'Checking…';
    $('ck-summary').className = 'ck-summary';
    $('ck-retry').hidden = true;
    var labels = feeds.map(function (f) {
      return f.label;
    });
    var texts = feeds.map(function (f) {
      return f.text;
    });
    var checked = feeds.slice();
    /* A newer list may have been checked meanwhile: its own check says how it went. */
    function stale() {
      return checked.length !== feeds.length || checked.some(function (f, i) { return f !== feeds[i]; });
    }
    loadChecker()
      .then(function (mod) {
        if (stale()) return;
        report = JSON.parse(mod.check_feeds(labels, texts));
        renderReport();
      })
      .catch(function (error) {
        if (stale()) return;
        showLoadFailure(error instanceof LoadError ? error : classify(error));
      });
  }

  /* The module could not be loaded: said in plain words, with Try again where it may help. */
  function showLoadFailure(error) {
    report = null;
    var summary = $('ck-summary');
    summary.textContent = loadFailureText(error);
    summary.className = 'ck-summary ck-bad';
    $('ck-retry').hidden = error.kind === 'csp';
    $('ck-download').hidden = true;
    $('ck-download-note').hidden = true;
    $('ck-problem-tools').hidden = true;
    renderProblems();
  }

  function summaryText() {
    var counts = SEVERITIES.map(function (s) {
      return report[countKey(s.key)];
    });
    var feedsText = plural(feeds.length, 'feed', 'feeds');
    if (!report.problems.length) {
      return 'Feed OK: ' + report.contents + '. Nothing to fix' + (feeds.length > 1 ? ' in ' + feedsText : '') + '.';
    }
    var parts = SEVERITIES.map(function (s, i) {
      return plural(counts[i], s.one, s.many);
    });
    var verdict = report.errors > 0 ? 'The widget skips what the errors name. ' : 'Everything loads. ';
    return parts.join(', ') + ' in ' + feedsText + '. ' + verdict + 'What loads: ' + report.contents + '.';
  }

  function countKey(severity) {
    return severity === 'error' ? 'errors' : severity === 'warning' ? 'warnings' : 'notes';
  }

  /* "a.json", "a.json and b.json", "a.json, b.json and c.json" */
  function names(labels) {
    return labels.length < 2 ? labels.join('') : labels.slice(0, -1).join(', ') + ' and ' + labels[labels.length - 1];
  }

  /* The feeds the check could not read at all (not JSON, not an object): nothing of them loads. */
  function unreadFeeds() {
    var unread = (report && report.unread) || [];
    return feeds.filter(function (feed) {
      return unread.indexOf(feed.label) >= 0;
    });
  }

  /*
   * A download is offered only when it holds everything it says: one feed is saved as its own
   * bytes; several are merged. A feed that could not be read at all is not offered (a merge
   * would leave it out without a word), and the page says why.
   */
  function renderDownload() {
    var button = $('ck-download');
    var note = $('ck-download-note');
    var unread = unreadFeeds().map(function (feed) {
      return feed.label;
    });
    button.textContent = feeds.length > 1 ? 'Download the merged feed' : 'Download the feed';
    button.hidden = unread.length > 0;
    showDownloadProblem('');
    note.hidden = !unread.length;
    if (!unread.length) {
      note.textContent = '';
      return;
    }
    var one = unread.length === 1;
    var it = one ? 'it' : 'them';
    note.textContent =
      'No download: ' + names(unread) + ' could not be read at all (see ' + (one ? 'the error' : 'the errors') + ' below)' +
      (feeds.length > unread.length
        ? ', and a merged feed would leave ' + it + ' out. Fix ' + it + ' and check again, or remove ' + it + ' from the list to merge the others.'
        : ', so the widget loads nothing from ' + it + '. Fix ' + it + ' and check again.');
  }

  function showDownloadProblem(text) {
    var box = $('ck-download-problem');
    box.textContent = text;
    box.hidden = !text;
  }

  function renderReport() {
    var summary = $('ck-summary');
    summary.textContent = summaryText();
    summary.className = 'ck-summary ' + (report.errors ? 'ck-bad' : report.problems.length ? 'ck-fair' : 'ck-good');
    renderDownload();
    $('ck-problem-tools').hidden = !report.problems.length;
    SEVERITIES.forEach(function (s) {
      $('ck-count-' + s.key).textContent = s.title + ' (' + count(report[countKey(s.key)]) + ')';
    });
    renderProblems();
  }

  function matches(problem, words) {
    if (problem.haystack === undefined) {
      problem.haystack = [problem.file, problem.path, problem.message, problem.code].join(' ').toLowerCase();
    }
    return words.every(function (word) {
      return problem.haystack.indexOf(word) >= 0;
    });
  }

  function where(problem) {
    var place = problem.file;
    if (problem.line) place += ':' + problem.line + ':' + problem.column;
    return problem.path ? place + ' · ' + problem.path : place;
  }

  /*
   * The problems that pass the filters and the search, grouped by severity: the first PAGE of
   * them, then PAGE more per "Show the next", added below those already there.
   */
  function renderProblems() {
    var box = $('ck-problems');
    box.textContent = '';
    listed = [];
    rendered = 0;
    if (!report || !report.problems.length) {
      $('ck-shown').textContent = '';
      $('ck-more').hidden = true;
      return;
    }
    var words = $('ck-search').value.toLowerCase().split(/\s+/).filter(Boolean);
    SEVERITIES.forEach(function (s) {
      if (!$('ck-show-' + s.key).checked) return;
      report.problems.forEach(function (p) {
        if (p.severity === s.key && matches(p, words)) listed.push(p);
      });
    });
    showMore();
  }

  /* The list of `severity`'s group, the last one in the box, made with its heading if new. */
  function groupList(severity) {
    var box = $('ck-problems');
    var last = box.lastElementChild;
    if (last && last.dataset.severity === severity) return last.querySelector('ul');
    var s = SEVERITIES.filter(function (s) {
      return s.key === severity;
    })[0];
    var inGroup = listed.filter(function (p) {
      return p.severity === severity;
    }).length;
    var section = element('section', 'ck-group ck-group-' + severity);
    section.dataset.severity = severity;
    var heading = element('h3', null, s.title + ' (' + count(inGroup) + ') ');
    heading.appendChild(element('span', 'ck-group-meaning', '— ' + s.meaning));
    section.appendChild(heading);
    var list = element('ul', 'ck-problem-list');
    section.appendChild(list);
    box.appendChild(section);
    return list;
  }

  /* Adds the next PAGE problems to the list; returns the first row added. */
  function showMore() {
    var first = null;
    var end = Math.min(listed.length, rendered + PAGE);
    for (var i = rendered; i < end; i++) {
      var problem = listed[i];
      var item = element('li', 'ck-problem');
      item.dataset.testid = 'problem';
      item.dataset.severity = problem.severity;
      item.appendChild(element('span', 'ck-where', where(problem)));
      item.appendChild(element('span', 'ck-message', problem.message));
      item.appendChild(element('code', 'ck-code', problem.code));
      groupList(problem.severity).appendChild(item);
      first = first || item;
    }
    rendered = end;
    var total = report.problems.length;
    var matching = listed.length;
    var shown;
    if (rendered < matching) {
      shown =
        'Showing the first ' + count(rendered) + ' of ' +
        (matching === total ? plural(total, 'problem', 'problems') : count(matching) + ' matching problems (' + count(total) + ' in all)') +
        '.';
    } else if (matching === total) {
      shown = 'Showing all ' + plural(total, 'problem', 'problems') + '.';
    } else {
      shown = 'Showing ' + count(matching) + ' of ' + plural(total, 'problem', 'problems') + '.';
    }
    $('ck-shown').textContent = shown;
    var more = $('ck-more');
    more.hidden = rendered >= matching;
    more.textContent = 'Show the next ' + plural(Math.min(PAGE, matching - rendered), 'problem', 'problems');
    return first;
  }

  /* ---- merged feed, preview ---- */

  /*
   * Merges feeds as the widget does (docs/feed.md, "Several feeds"): the first framework and
   * scale win, the newest format_version is kept, and a second entry with an id already taken
   * in its kind is left out. A feed that is not a JSON object stops the merge (the page offers no
   * download then; should JSON.parse and the check still disagree, the failure is said).
   */
  function mergedFeed() {
    var merged = { format_version: 1 };
    var seen = {};
    KINDS.forEach(function (kind) {
      merged[kind] = [];
      seen[kind] = {};
    });
    feeds.forEach(function (feed) {
      var parsed = JSON.parse(feed.text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
        throw new Error(feed.label + ' is not a JSON object');
      }
      if (typeof parsed.format_version === 'number' && parsed.format_version > merged.format_version) {
        merged.format_version = parsed.format_version;
      }
      if (!merged.framework && parsed.framework) merged.framework = parsed.framework;
      if (!merged.scale && parsed.scale) merged.scale = parsed.scale;
      KINDS.forEach(function (kind) {
        if (!Array.isArray(parsed[kind])) return;
        parsed[kind].forEach(function (entry) {
          var id = entry && entry.id !== undefined ? String(entry.id) : null;
          if (id !== null && Object.prototype.hasOwnProperty.call(seen[kind], id)) return;
          if (id !== null) seen[kind][id] = true;
          merged[kind].push(entry);
        });
      });
    });
    KINDS.forEach(function (kind) {
      if (!merged[kind].length) delete merged[kind];
    });
    return JSON.stringify(merged, null, 2) + '\n';
  }

  /* The feeds that JSON.parse and JSON.stringify cannot take back and forth (nested too deeply). */
  function unwritable() {
    return feeds.filter(function (feed) {
      try {
        JSON.stringify(JSON.parse(feed.text));
        return false;
      } catch (e) {
        return true;
      }
    });
  }

  /*
   * One feed: its own bytes, exactly as read (never rewritten, so nothing is lost however it is
   * written). Several: the merge, written anew; if it cannot be written, the page says so and
   * nothing is saved.
   */
  function download() {
    if (!report) {
      showDownloadProblem('The feeds are still being checked: download them once the result is shown.');
      return;
    }
    showDownloadProblem('');
    if (unreadFeeds().length) return;
    var data;
    try {
      data = feeds.length > 1 ? mergedFeed() : feeds[0].bytes;
    } catch (error) {
      var culprits = unwritable().map(function (feed) {
        return feed.label;
      });
      showDownloadProblem(
        'The merged feed could not be written: ' +
          (culprits.length ? names(culprits) + ' could not be written out again by this browser' : 'this browser refused') +
          ' (' + errorText(error) + (error instanceof RangeError ? ': nested too deeply' : '') + '). Nothing was saved. ' +
          'Publish the feeds as separate files, or check ' + (culprits.length ? names(culprits) : 'each feed') +
          ' on its own to download it as it is.'
      );
      return;
    }
    try {
      save(feeds.length > 1 ? 'merged-feed.json' : feeds[0].label.replace(/^.*[\\/]/, '') || 'feed.json', data);
    } catch (error) {
      showDownloadProblem('The download could not start in this browser (' + errorText(error) + '). Nothing was saved.');
    }
  }

  function save(name, data) {
    var blob = new Blob([data], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var link = element('a');
    link.href = url;
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(url);
    }, 10000);
  }

  function preview() {
    var area = $('ck-preview-area');
    var old = $('ck-preview-host');
    /* A fresh host each time: the widget mounts once per element. */
    var host = element('div');
    host.id = 'ck-preview-host';
    host.dataset.testid = 'preview-host';
    old.replaceWith(host);
    var urls = feeds.map(function (feed) {
      return URL.createObjectURL(new Blob([feed.bytes], { type: 'application/json' }));
    });
    var stale = previewUrls;
    previewUrls = urls;
    area.hidden = false;
    /* links: false: the preview shows these feeds, never a share or feedback link that the
       checker page's own address may carry. */
    window.Skillgap.mount(host, { feeds: urls, storageKey: 'skillgap-preview', diagnostics: true, links: false }).then(function () {
      stale.forEach(URL.revokeObjectURL);
    });
    $('ck-preview-heading').focus();
  }

  /* ---- wiring ---- */

  function start() {
    $('ck-file').addEventListener('change', function (event) {
      readFiles(event.target.files);
      event.target.value = '';
    });
    var drop = $('ck-drop');
    ['dragenter', 'dragover'].forEach(function (name) {
      drop.addEventListener(name, function (event) {
        event.preventDefault();
        drop.classList.add('ck-drop-active');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      drop.addEventListener(name, function () {
        drop.classList.remove('ck-drop-active');
      });
    });
    drop.addEventListener('drop', function (event) {
      event.preventDefault();
      readFiles(event.dataTransfer && event.dataTransfer.files);
    });
    $('ck-urls-form').addEventListener('submit', function (event) {
      event.preventDefault();
      var field = $('ck-urls');
      fetchAddresses(field.value).then(function () {
        field.value = '';
      });
    });
    $('ck-search').addEventListener('input', renderProblems);
    SEVERITIES.forEach(function (s) {
      $('ck-show-' + s.key).addEventListener('change', renderProblems);
    });
    $('ck-download').addEventListener('click', download);
    $('ck-more').addEventListener('click', function () {
      var first = showMore();
      if (first) {
        first.tabIndex = -1;
        first.focus();
      }
    });
    $('ck-preview').addEventListener('click', preview);
    $('ck-retry').addEventListener('click', function () {
      /* Focus moves to the result's heading before the button hides; the summary then says how it went. */
      $('ck-results-heading').focus();
      check();
    });
    renderList();
    /* The module downloads while the feeds are being picked; a failure is said at the check. */
    loadChecker().catch(function () {});
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
