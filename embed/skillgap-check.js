/*
 * The feed checker page (check.html): feeds from files or addresses, checked by the widget's
 * own module (`check_feeds`, the same validation as the widget and feed-check), shown grouped
 * by severity with counts, filters and search; a preview of the widget with those feeds and a
 * download of the merged feed. Nothing leaves the browser. No inline code (strict CSP).
 */
(function () {
  'use strict';

  var SEVERITIES = [
    { key: 'error', title: 'Errors', one: 'error', many: 'errors', meaning: 'skipped: the widget leaves these entries out' },
    { key: 'warning', title: 'Warnings', one: 'warning', many: 'warnings', meaning: 'loaded, but changed or guessed' },
    { key: 'info', title: 'Notes', one: 'note', many: 'notes', meaning: 'loaded as written, worth knowing' },
  ];
  var KINDS = ['skills', 'roles', 'resources', 'mentors'];

  /* The feeds in the order they merge: { id, label, text, size }. */
  var feeds = [];
  var nextId = 1;
  var report = null;
  var previewUrls = [];

  function $(id) {
    return document.getElementById(id);
  }

  function plural(n, one, many) {
    return n + ' ' + (n === 1 ? one : many);
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

  function addFeed(label, text) {
    feeds.push({ id: nextId++, label: label, text: text, size: new Blob([text]).size });
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
        return file.text().then(
          function (text) {
            return { label: file.name, text: text };
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
            return response.text().then(function (body) {
              return { label: url.href, text: body };
            });
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
      else addFeed(result.label, result.text);
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
    $('ck-summary').textContent = 'Checking…';
    var labels = feeds.map(function (f) {
      return f.label;
    });
    var texts = feeds.map(function (f) {
      return f.text;
    });
    var checked = feeds.slice();
    window.Skillgap.module()
      .then(function (mod) {
        /* A newer list may have been checked meanwhile. */
        if (checked.length !== feeds.length || checked.some(function (f, i) { return f !== feeds[i]; })) return;
        report = JSON.parse(mod.check_feeds(labels, texts));
        renderReport();
      })
      .catch(function (error) {
        report = null;
        $('ck-summary').textContent =
          'The checker could not start in this browser: ' + (error && error.message ? error.message : error) +
          '. Use a current Chrome, Edge, Firefox or Safari, or feed-check on the command line.';
      });
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

  function renderReport() {
    var summary = $('ck-summary');
    summary.textContent = summaryText();
    summary.className = 'ck-summary ' + (report.errors ? 'ck-bad' : report.problems.length ? 'ck-fair' : 'ck-good');
    $('ck-download').textContent = feeds.length > 1 ? 'Download the merged feed' : 'Download the feed';
    $('ck-problem-tools').hidden = !report.problems.length;
    SEVERITIES.forEach(function (s) {
      $('ck-count-' + s.key).textContent = s.title + ' (' + report[countKey(s.key)] + ')';
    });
    renderProblems();
  }

  function matches(problem, words) {
    var haystack = [problem.file, problem.path, problem.message, problem.code].join(' ').toLowerCase();
    return words.every(function (word) {
      return haystack.indexOf(word) >= 0;
    });
  }

  function where(problem) {
    var place = problem.file;
    if (problem.line) place += ':' + problem.line + ':' + problem.column;
    return problem.path ? place + ' · ' + problem.path : place;
  }

  function renderProblems() {
    var box = $('ck-problems');
    box.textContent = '';
    if (!report || !report.problems.length) {
      $('ck-shown').textContent = '';
      return;
    }
    var words = $('ck-search').value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    SEVERITIES.forEach(function (s) {
      if (!$('ck-show-' + s.key).checked) return;
      var group = report.problems.filter(function (p) {
        return p.severity === s.key && matches(p, words);
      });
      if (!group.length) return;
      shown += group.length;
      var section = element('section', 'ck-group ck-group-' + s.key);
      var heading = element('h3', null, s.title + ' (' + group.length + ') ');
      heading.appendChild(element('span', 'ck-group-meaning', '— ' + s.meaning));
      section.appendChild(heading);
      var list = element('ul', 'ck-problem-list');
      group.forEach(function (problem) {
        var item = element('li', 'ck-problem');
        item.dataset.testid = 'problem';
        item.dataset.severity = problem.severity;
        item.appendChild(element('span', 'ck-where', where(problem)));
        item.appendChild(element('span', 'ck-message', problem.message));
        item.appendChild(element('code', 'ck-code', problem.code));
        list.appendChild(item);
      });
      section.appendChild(list);
      box.appendChild(section);
    });
    var total = report.problems.length;
    $('ck-shown').textContent =
      shown === total ? 'Showing all ' + plural(total, 'problem', 'problems') + '.' : 'Showing ' + shown + ' of ' + plural(total, 'problem', 'problems') + '.';
  }

  /* ---- merged feed, preview ---- */

  /*
   * Merges feeds as the widget does (docs/feed.md, "Several feeds"): the first framework and
   * scale win, the newest format_version is kept, and a second entry with an id already taken
   * in its kind is left out. Feeds that are not JSON objects are left out; the check reports them.
   */
  function mergedFeed() {
    var merged = { format_version: 1 };
    var seen = {};
    KINDS.forEach(function (kind) {
      merged[kind] = [];
      seen[kind] = {};
    });
    feeds.forEach(function (feed) {
      var parsed;
      try {
        parsed = JSON.parse(feed.text);
      } catch (e) {
        return;
      }
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return;
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

  function download() {
    var blob = new Blob([mergedFeed()], { type: 'application/json' });
    var url = URL.createObjectURL(blob);
    var link = element('a');
    link.href = url;
    link.download = feeds.length > 1 ? 'merged-feed.json' : feeds[0].label.replace(/^.*[\\/]/, '') || 'feed.json';
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
      return URL.createObjectURL(new Blob([feed.text], { type: 'application/json' }));
    });
    var stale = previewUrls;
    previewUrls = urls;
    area.hidden = false;
    window.Skillgap.mount(host, { feeds: urls, storageKey: 'skillgap-preview', diagnostics: true }).then(function () {
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
    $('ck-preview').addEventListener('click', preview);
    renderList();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
