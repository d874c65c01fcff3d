/*
 * Skillgap loader: defines <skill-gap> and window.Skillgap.mount.
 * Served next to skillgap.js, skillgap_bg.wasm and skillgap.css; every asset URL is resolved
 * against this script's own URL, so the folder can live under any path.
 * No inline code, no eval: works under script-src 'self' 'wasm-unsafe-eval'; style-src 'self'.
 */
(function () {
  'use strict';
  if (window.Skillgap) return;

  var script = document.currentScript;
  var base = new URL('.', (script && script.src) || document.baseURI).href;
  var modulePromise = null;

  function loadModule() {
    if (!modulePromise) {
      /* The wasm download starts now, alongside the JS module's, not after it has run. */
      var wasm = fetch(base + 'skillgap_bg.wasm');
      wasm.catch(function () {});
      modulePromise = import(base + 'skillgap.js').then(function (mod) {
        return mod.default({ module_or_path: wasm }).then(function () {
          return mod;
        });
      });
    }
    return modulePromise;
  }

  function listAttr(value) {
    return (value || '').split(/\s+/).filter(Boolean);
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

  /* Renders into a shadow root of `host` with the widget's stylesheet inside it. */
  function mountInto(host, options) {
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    var style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = base + 'skillgap.css';
    var container = document.createElement('div');
    container.className = 'sg-mount';
    root.appendChild(style);
    root.appendChild(container);
    return loadModule().then(function (mod) {
      mod.mount(container, Object.assign({ assetBase: base }, options || {}));
      return container;
    });
  }

  class SkillGapElement extends HTMLElement {
    connectedCallback() {
      if (this._mounted) return;
      this._mounted = true;
      var element = this;
      mountInto(this, optionsFrom(this)).catch(function (error) {
        element.textContent = 'The skills widget could not start: ' + (error && error.message ? error.message : error);
      });
    }
  }

  window.Skillgap = {
    /* For hosts that render their own container: Skillgap.mount(element, { feeds: [...], storageKey, theme }). */
    mount: mountInto,
    /* The initialised module, for pages of our own that call its other exports (check.html). */
    module: loadModule,
    version: '1',
  };
  if (!customElements.get('skill-gap')) customElements.define('skill-gap', SkillGapElement);
})();
