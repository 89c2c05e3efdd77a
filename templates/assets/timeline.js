/* claim-timeline: filters, search and date navigation for the timeline page.
   Plain JavaScript, no framework, nothing fetched. Without it the page shows every event;
   with it the state lives in the URL (?actor=…&tag=…&kind=…&source=…&outlet=…&q=…&date=2024-06),
   so a filtered view can be shared. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var FILTERS = ["actor", "tag", "kind", "source", "outlet"];

  /* Lower case without accents or other marks, so "fondee" finds "fondée" and "Taiwan" finds "Taïwan";
     the same folding as generator/search.py, which writes the site-wide index. */
  var LETTERS = { "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i", "ŀ": "l" };
  function fold(text) {
    return text.normalize("NFKD").toLowerCase().replace(/\p{M}/gu, "")
      .replace(/[œæßøłđðþıŀ]/g, function (c) { return LETTERS[c]; });
  }

  /* The words a search matches: letters and digits, two or more, each once. A query word matches
     the words it begins ("budg" finds "budget"). */
  function words(text) {
    var seen = {};
    return (fold(text).match(/[\p{L}\p{N}]+/gu) || []).filter(function (w) {
      if (w.length < 2 || seen[w]) return false;
      seen[w] = true;
      return true;
    });
  }
  window.claimTimelineWords = words;

  function ready(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  ready(function () {
    fillCiteLine();
    var form = document.querySelector("form.toolbar");
    var timeline = document.getElementById("timeline");
    var params = new URLSearchParams(window.location.search);
    if (!timeline) {
      if (redirectToYear(params)) return;
      if (form) setUpFilters(form, null, params);  // the overview of a split site: whole-site search only
      return;
    }
    var filtered = false;
    if (form) filtered = setUpFilters(form, timeline, params);
    openAtDate(timeline, params, filtered);
  });

  /* --- Filters and search --------------------------------------------------------- */

  function setUpFilters(form, timeline, params) {
    var found = timeline ? timeline.querySelectorAll("article.event") : [];
    var cards = Array.prototype.map.call(found, function (card) {
      var parts = [card.querySelector(".event-title")].concat(
        Array.prototype.slice.call(card.querySelectorAll(".event-quote, .event-speaker a")));
      return {
        el: card,
        item: card.parentElement,
        words: words(parts.map(function (n) { return n ? n.textContent : ""; }).join(" ")),
        values: {
          actor: (card.dataset.actors || "").split(" "),
          tag: (card.dataset.tags || "").split(" "),
          kind: [card.dataset.kind],
          source: (card.dataset.sources || "").split(" "),
          outlet: (card.dataset.outlets || "").split(" ")
        }
      };
    });
    var search = form.elements.namedItem("q");
    var status = form.querySelector(".filter-status");
    var noMatch = document.querySelector(".no-match");
    var summaryCount = form.querySelector(".active-count");
    var total = cards.length;
    var site = form.dataset.search ? siteSearch(form) : null;
    var wanted = {};  // values of the URL this page does not offer: the site-wide search may

    FILTERS.forEach(function (name) {
      var select = form.elements.namedItem(name);
      var value = params.get(name);
      if (select && value) {
        select.value = value;
        if (select.value !== value) {
          select.value = "";  // a value this page does not offer
          if (site) wanted[name] = value;
        }
      }
    });
    if (search && params.get("q")) search.value = params.get("q");
    form.hidden = false;
    trackToolbarHeight(form);

    function state() {
      var chosen = {};
      FILTERS.forEach(function (name) {
        var select = form.elements.namedItem(name);
        if (select && select.value) chosen[name] = select.value;
      });
      Object.keys(wanted).forEach(function (name) { if (!chosen[name]) chosen[name] = wanted[name]; });
      var query = search ? search.value.trim() : "";
      return { chosen: chosen, words: words(query), query: query };
    }

    function apply() {
      var s = state();
      var shown = 0;
      cards.forEach(function (card) {
        var ok = Object.keys(s.chosen).every(function (name) {
          return card.values[name].indexOf(s.chosen[name]) !== -1;
        }) && s.words.every(function (word) {
          return card.words.some(function (w) { return w.lastIndexOf(word, 0) === 0; });
        });
        card.item.hidden = !ok;
        if (ok) shown += 1;
      });
      if (timeline) {
        timeline.querySelectorAll("section.month, section.year").forEach(function (section) {
          section.hidden = !section.querySelector("li:not([hidden]) > article.event");
        });
        updateCounts(timeline);
      }
      var active = Object.keys(s.chosen).length + (s.words.length ? 1 : 0);
      if (summaryCount) summaryCount.textContent = Object.keys(s.chosen).length ? "(" + Object.keys(s.chosen).length + ")" : "";
      if (timeline) status.textContent = active ? form.dataset.status.replace("{shown}", shown).replace("{total}", total) : "";
      if (noMatch) noMatch.hidden = shown > 0 || !timeline;
      if (site) site.run(s);
      return { active: active, state: s };
    }

    function remember(s) {
      var url = new URL(window.location.href);
      FILTERS.forEach(function (name) {
        if (s.chosen[name]) url.searchParams.set(name, s.chosen[name]);
        else url.searchParams.delete(name);
      });
      if (s.query) url.searchParams.set("q", s.query);
      else url.searchParams.delete("q");
      window.history.replaceState(null, "", url.href);
    }

    function changed() {
      var result = apply();
      remember(result.state);
    }

    if (site) {
      // Chosen from the whole site's choices once they are loaded; the URL's value is no longer pending.
      form.addEventListener("change", function (event) { delete wanted[event.target.name]; }, true);
      site.onChoices = function () {
        Object.keys(wanted).forEach(function (name) {
          var select = form.elements.namedItem(name);
          select.value = wanted[name];
          if (select.value === wanted[name]) delete wanted[name];
        });
      };
    }
    form.addEventListener("change", changed);
    form.addEventListener("input", changed);
    form.addEventListener("submit", function (event) { event.preventDefault(); changed(); });
    form.addEventListener("reset", function () {
      window.setTimeout(changed, 0);  // the form's values are cleared after this event
    });
    var result = apply();
    if (Object.keys(wanted).length || (result.active && FILTERS.some(function (name) { return result.state.chosen[name]; }))) {
      form.querySelector("details.filters").open = true;
    }
    return result.active > 0;
  }

  /* Year headings count the events shown, not the whole year's, once a filter or a search hides some (issue 11). */
  function updateCounts(timeline) {
    var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;
    timeline.querySelectorAll("section.year").forEach(function (section) {
      var label = section.querySelector(".year-count");
      if (!label || !label.dataset.other) return;
      var n = section.querySelectorAll("li:not([hidden]) > article.event").length;
      var form = plural ? plural.select(n) : (n === 1 ? "one" : "other");
      label.textContent = (label.dataset[form] || label.dataset.other).replace("{n}", n);
    });
  }

  /* The sticky bar's height, so year headings stick below it and targets are not hidden under it. */
  function trackToolbarHeight(form) {
    function update() {
      var stuck = window.getComputedStyle(form).position === "sticky";
      document.documentElement.style.setProperty("--toolbar-h", (stuck ? form.offsetHeight : 0) + "px");
    }
    update();
    if (window.ResizeObserver) new ResizeObserver(update).observe(form);
  }

  /* --- The whole site's search, on a timeline split into year pages ------------------- */

  /* assets/search.js and the index it reads (search/, written by the build) are fetched only once the
     reader uses the search box or the filters: a page that is only read costs nothing more (issue 12). */
  function siteSearch(form) {
    var site = { engine: null, pending: null, onChoices: null };
    var loading = false;
    var details = form.querySelector("details.filters");
    function load() {
      if (loading) return;
      loading = true;
      var script = document.createElement("script");
      script.src = form.dataset.searchScript;
      script.onload = function () {
        site.engine = window.claimTimelineSearch(form, site);
        if (details && details.open) site.engine.choices();
        if (site.pending) site.engine.run(site.pending);
      };
      document.head.appendChild(script);
    }
    site.run = function (state) {
      if (site.engine) site.engine.run(state);
      else if (Object.keys(state.chosen).length || state.words.length) {
        site.pending = state;
        load();
      }
    };
    form.addEventListener("focusin", load);
    if (details) {
      details.addEventListener("toggle", function () {
        if (!details.open) return;
        if (site.engine) site.engine.choices();
        else load();
      });
    }
    return site;
  }

  /* --- Where the page opens ---------------------------------------------------------- */

  /* '2024-06-03' -> the section of June 2024, or the nearest one after it, else before it. */
  function sectionFor(timeline, date) {
    var match = /^(\d{4})(?:-(\d{2}))?/.exec(date || "");
    if (!match) return null;
    var wanted = match[2] ? match[1] + "-" + match[2] : match[1];
    var exact = document.getElementById(wanted);
    if (exact && timeline.contains(exact)) return exact;
    var sections = Array.prototype.filter.call(timeline.querySelectorAll("section[id]"), function (s) {
      return s.id.length === wanted.length || s.classList.contains("year");
    });
    var after = sections.filter(function (s) { return s.id.slice(0, wanted.length) >= wanted; });
    return after[0] || sections[sections.length - 1] || null;
  }

  function openAtDate(timeline, params, filtered) {
    var hash = decodeURIComponent(window.location.hash.slice(1));
    var target = null;
    if (hash && document.getElementById(hash)) return;  // the browser already went there
    if (hash) target = sectionFor(timeline, hash);
    if (!target && params.get("date")) target = sectionFor(timeline, params.get("date"));
    if (!target && !hash && !filtered) {
      // Issue 5: the page opens at the most recent events.
      var months = timeline.querySelectorAll("section.month");
      target = months[months.length - 1] || null;
    }
    if (target) target.scrollIntoView({ block: "start" });
  }

  /* On the overview of a split site, a date in the URL opens that year's page. */
  function redirectToYear(params) {
    var date = params.get("date") || decodeURIComponent(window.location.hash.slice(1));
    var match = /^(\d{4})(?:-(\d{2}))?/.exec(date || "");
    if (!match) return false;
    var link = document.querySelector('.year-nav a[href$="years/' + match[1] + '/"]');
    if (!link) return false;
    var url = new URL(link.href);
    params.delete("date");
    url.search = params.toString();
    url.hash = match[2] ? match[1] + "-" + match[2] : match[1];
    window.location.replace(url.href);
    return true;
  }

  /* --- Event pages -------------------------------------------------------------------- */

  /* Without a base_url the citation carries a relative link; give it this page's full address. */
  function fillCiteLine() {
    var line = document.getElementById("cite-line");
    if (!line || /^https?:/.test(line.dataset.url || "")) return;
    var here = window.location.href.split("#")[0].split("?")[0];
    line.textContent = line.textContent.replace(line.dataset.url, here);
  }
})();
