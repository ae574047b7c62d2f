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

  /* ---------- Search ---------- */
  var KIND_WEIGHT = { topic: 5, actor: 4, note: 3, event: 2, article: 1 };
  var LIMIT = 60;

  function search(index, query) {
    var terms = fold(query).split(" ").filter(function (t) { return t.length > 0; });
    if (terms.length === 0) return [];
    var found = [];
    for (var i = 0; i < index.docs.length; i++) {
      var doc = index.docs[i];
      var words = " " + doc[5] + " ", title = " " + fold(doc[1]) + " ", score = 0, all = true;
      for (var j = 0; j < terms.length && all; j++) {
        var term = " " + terms[j];
        if (words.indexOf(term) === -1) { all = false; break; }
        score += words.indexOf(term + " ") !== -1 ? 2 : 1;
        if (title.indexOf(term) !== -1) score += 6;
      }
      if (all) found.push({ doc: doc, score: score * 10 + (KIND_WEIGHT[doc[0]] || 0), order: i });
    }
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found;
  }

  function setUpSearch() {
    var form = document.getElementById("search");
    var list = document.getElementById("search-list");
    var status = document.getElementById("search-status");
    var index = window.BRIEFINGS_SEARCH;
    if (!form || !list || !status || !index || !index.docs) return;
    var input = document.getElementById("search-q");
    var root = form.getAttribute("data-root") || "";
    var noJS = document.getElementById("search-nojs");
    if (noJS) noJS.hidden = true;

    function show(query) {
      while (list.firstChild) list.removeChild(list.firstChild);
      if (!fold(query)) { status.textContent = ""; return; }
      var results = search(index, query);
      var message = results.length === 0 ? "data-no-results" : results.length === 1 ? "data-results-one" : "data-results-many";
      status.textContent = fill(form.getAttribute(message), { n: results.length, q: query.trim() });
      for (var i = 0; i < results.length && i < LIMIT; i++) list.appendChild(item(results[i].doc));
      if (results.length > LIMIT) {
        var more = document.createElement("li");
        more.className = "more";
        more.textContent = fill(form.getAttribute("data-more"), { n: LIMIT });
        list.appendChild(more);
      }
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
