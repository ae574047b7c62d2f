/* briefings: progressive enhancements. Every page works without this file; with it, the
   timeline gets filters and the search page finds things in the index built with the site.
   Interface words come from the page (data-* attributes), never from this file. */
(function () {
  "use strict";

  document.documentElement.classList.add("js");

  /* Lower case, no accents, letters and digits only: the same folding as the index's. */
  var SPECIAL = { "œ": "oe", "æ": "ae", "ß": "ss", "ı": "i", "ł": "l", "đ": "d", "ø": "o", "ħ": "h", "ŧ": "t" };
  function fold(text) {
    return String(text).toLowerCase()
      .replace(/[œæßıłđøħŧ]/g, function (c) { return SPECIAL[c]; })
      .normalize("NFD").replace(/\p{M}/gu, "")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (whole, key) {
      return Object.prototype.hasOwnProperty.call(values, key) ? values[key] : whole;
    });
  }

  /* ---------- Timeline filters ---------- */
  function setUpFilters() {
    var form = document.getElementById("filters");
    if (!form) return;
    var selects = form.querySelectorAll("select[data-filter]");
    var status = document.getElementById("filter-status");
    var events = document.querySelectorAll(".event[data-type]");
    var days = document.querySelectorAll("section.day");
    var months = document.querySelectorAll("section.month");

    function apply() {
      var wanted = [];
      for (var i = 0; i < selects.length; i++) {
        if (selects[i].value) wanted.push([selects[i].getAttribute("data-filter"), selects[i].value]);
      }
      var shown = 0;
      for (var j = 0; j < events.length; j++) {
        var event = events[j], keep = true;
        for (var k = 0; k < wanted.length && keep; k++) {
          var values = (event.getAttribute("data-" + wanted[k][0]) || "").split(" ");
          keep = values.indexOf(wanted[k][1]) !== -1;
        }
        event.hidden = !keep;
        if (keep) shown++;
      }
      hideEmpty(days, ".event[data-type]");
      hideEmpty(months, "section.day");
      if (status) {
        status.textContent = wanted.length === 0 ? "" : shown === 0 ? form.getAttribute("data-none")
          : fill(form.getAttribute("data-count"), { n: shown, total: events.length });
      }
    }

    function hideEmpty(containers, selector) {
      for (var i = 0; i < containers.length; i++) {
        var children = containers[i].querySelectorAll(selector), visible = false;
        for (var j = 0; j < children.length && !visible; j++) visible = !children[j].hidden;
        containers[i].hidden = !visible;
      }
    }

    for (var i = 0; i < selects.length; i++) selects[i].addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
    form.addEventListener("submit", function (e) { e.preventDefault(); apply(); });
    form.hidden = false;
    apply();
  }

  /* ---------- Search ----------
     The index is cut into small scripts (see search/search-index.js): a query loads the word
     shards of its terms, ranks the documents from them, then loads what the first results show. */
  var KIND_WEIGHT = { topic: 5, actor: 4, place: 4, note: 3, event: 2, article: 1 };
  var LIMIT = 20;
  var pending = {}, shards = {}, chunks = {};
  window.BRIEFINGS_SEARCH_WORDS = function (key, words) { shards[key] = words; };
  window.BRIEFINGS_SEARCH_DOCS = function (n, docs) { chunks[n] = docs; };

  function load(src) {
    if (!pending[src]) {
      pending[src] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = src;
        script.onload = resolve;
        script.onerror = resolve;
        document.head.appendChild(script);
      });
    }
    return pending[src];
  }

  function shardFile(key) {
    if (/^[a-z0-9]+$/.test(key)) return "words/w_" + key + ".js";
    var bytes = new TextEncoder().encode(key), hex = "";
    for (var i = 0; i < bytes.length; i++) hex += (bytes[i] < 16 ? "0" : "") + bytes[i].toString(16);
    return "words/w_u" + hex + ".js";
  }

  function decode(list) {
    var out = [], previous = 0, parts = list ? list.split(",") : [];
    for (var i = 0; i < parts.length; i++) { previous += parseInt(parts[i], 36); out.push(previous); }
    return out;
  }

  function kindOf(meta, n) {
    for (var i = 0, end = 0; i < meta.kinds.length; i++) {
      end += meta.kinds[i][1];
      if (n < end) return meta.kinds[i][0];
    }
    return "";
  }

  /* Every document holding each term as the start of a word (a term shorter than a shard's
     key, as a whole word), best first: whole words and titles count more. */
  function search(meta, query) {
    /* Words found almost everywhere ("de", "the") are not indexed: a query skips them. */
    var common = " " + (meta.common || "") + " ";
    var terms = fold(query).split(" ").filter(function (t) { return t.length > 0 && common.indexOf(" " + t + " ") === -1; });
    var known = " " + meta.shards + " ";
    var keys = terms.map(function (t) { return Array.from(t).slice(0, meta.keyLength).join(""); });
    if (terms.length === 0 || keys.some(function (k) { return known.indexOf(" " + k + " ") === -1; })) {
      return Promise.resolve([]);
    }
    return Promise.all(keys.map(function (k) { return load(shardFile(k)); })).then(function () {
      var scores = null;
      terms.forEach(function (term, t) {
        var words = shards[keys[t]] || {}, mine = {};
        Object.keys(words).forEach(function (word) {
          if (word.indexOf(term) !== 0) return;
          var lists = words[word].split(";"), weight = word === term ? 2 : 1;
          decode(lists[0]).forEach(function (n) { mine[n] = Math.max(mine[n] || 0, weight); });
          decode(lists[1]).forEach(function (n) { mine[n] = (mine[n] || 0) + 6; });
        });
        if (scores === null) { scores = mine; return; }
        var both = {};
        Object.keys(scores).forEach(function (n) { if (mine[n]) both[n] = scores[n] + mine[n]; });
        scores = both;
      });
      var found = Object.keys(scores || {}).map(function (key) {
        var n = Number(key);
        return { n: n, score: scores[key] * 10 + (KIND_WEIGHT[kindOf(meta, n)] || 0) };
      });
      found.sort(function (a, b) { return b.score - a.score || a.n - b.n; });
      return found;
    });
  }

  /* The documents of the first results, loading their display files. */
  function documents(meta, results) {
    var first = results.slice(0, LIMIT);
    return Promise.all(first.map(function (r) { return load("docs/" + Math.floor(r.n / meta.chunk) + ".js"); }))
      .then(function () {
        return first.map(function (r) { return (chunks[Math.floor(r.n / meta.chunk)] || [])[r.n % meta.chunk]; })
          .filter(Boolean);
      });
  }

  function setUpSearch() {
    var form = document.getElementById("search");
    var list = document.getElementById("search-list");
    var status = document.getElementById("search-status");
    var meta = window.BRIEFINGS_SEARCH;
    if (!form || !list || !status || !meta || !meta.kinds) return;
    var input = document.getElementById("search-q");
    var root = form.getAttribute("data-root") || "";
    var noJS = document.getElementById("search-nojs");
    if (noJS) noJS.hidden = true;

    var latest = 0;
    function show(query) {
      var ticket = ++latest;
      if (!fold(query)) {
        while (list.firstChild) list.removeChild(list.firstChild);
        status.textContent = "";
        return;
      }
      search(meta, query).then(function (results) {
        return documents(meta, results).then(function (docs) {
          if (ticket !== latest) return;  /* a newer query is on its way */
          while (list.firstChild) list.removeChild(list.firstChild);
          var message = results.length === 0 ? "data-no-results" : results.length === 1 ? "data-results-one" : "data-results-many";
          status.textContent = fill(form.getAttribute(message), { n: results.length, q: query.trim() });
          for (var i = 0; i < docs.length; i++) list.appendChild(item(docs[i]));
          if (results.length > LIMIT) {
            var more = document.createElement("li");
            more.className = "more";
            more.textContent = fill(form.getAttribute("data-more"), { n: LIMIT });
            list.appendChild(more);
          }
        });
      });
    }

    function item(doc) {
      var li = document.createElement("li");
      var kind = document.createElement("span");
      kind.className = "badge kind-" + doc[0];
      kind.textContent = form.getAttribute("data-kind-" + doc[0]) || doc[0];
      var link = document.createElement("a");
      link.href = root + doc[2];
      link.textContent = doc[1];
      li.appendChild(kind);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(link);
      if (doc[3]) {
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = " — " + doc[3];
        li.appendChild(meta);
      }
      if (doc[4]) {
        var snippet = document.createElement("p");
        snippet.textContent = doc[4];
        li.appendChild(snippet);
      }
      return li;
    }

    var params = new URLSearchParams(window.location.search);
    var query = params.get("q") || "";
    if (input) {
      input.value = query;
      var timer = null;
      input.addEventListener("input", function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(function () { show(input.value); }, 150);
      });
    }
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      if (!input) return;
      show(input.value);
      if (window.history && window.history.replaceState) {
        try { window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { /* file:// may refuse */ }
      }
    });
    show(query);
  }

  /* Deferred scripts (this one, then the search index) all run before DOMContentLoaded:
     wait for it, so that the index is there; `load` covers a late start. */
  var started = false;
  function start() {
    if (started) return;
    started = true;
    setUpFilters();
    setUpSearch();
  }

  if (document.readyState === "complete") {
    start();
  } else {
    document.addEventListener("DOMContentLoaded", start);
    window.addEventListener("load", start);
  }
})();
