/* claim-timeline: filters, search and date navigation for the timeline page.
   Plain JavaScript, no framework, nothing fetched. Without it the page shows every event;
   with it the state lives in the URL (?actor=…&tag=…&kind=…&source=…&outlet=…&q=…&date=2024-06),
   so a filtered view can be shared. */
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var FILTERS = ["actor", "tag", "kind", "source", "outlet"];

  /* Lower case without accents, so "fondee" finds "fondée" and "Taiwan" finds "Taïwan". */
  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[’‘]/g, "'").toLowerCase();
  }

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
      redirectToYear(params);
      return;
    }
    var filtered = false;
    if (form) filtered = setUpFilters(form, timeline, params);
    openAtDate(timeline, params, filtered);
  });

  /* --- Filters and search --------------------------------------------------------- */

  function setUpFilters(form, timeline, params) {
    var cards = Array.prototype.map.call(timeline.querySelectorAll("article.event"), function (card) {
      var words = [card.querySelector(".event-title")].concat(
        Array.prototype.slice.call(card.querySelectorAll(".event-quote, .event-speaker")));
      return {
        el: card,
        item: card.parentElement,
        text: fold(words.map(function (n) { return n ? n.textContent : ""; }).join(" ")),
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

    FILTERS.forEach(function (name) {
      var select = form.elements.namedItem(name);
      var value = params.get(name);
      if (select && value) {
        select.value = value;
        if (select.value !== value) select.value = "";  // a value this page does not offer
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
      var query = search ? search.value.trim() : "";
      return { chosen: chosen, words: query ? fold(query).split(/\s+/) : [], query: query };
    }

    function apply() {
      var s = state();
      var shown = 0;
      cards.forEach(function (card) {
        var ok = Object.keys(s.chosen).every(function (name) {
          return card.values[name].indexOf(s.chosen[name]) !== -1;
        }) && s.words.every(function (word) { return card.text.indexOf(word) !== -1; });
        card.item.hidden = !ok;
        if (ok) shown += 1;
      });
      timeline.querySelectorAll("section.month, section.year").forEach(function (section) {
        section.hidden = !section.querySelector("li:not([hidden]) > article.event");
      });
      updateCounts(timeline);
      var active = Object.keys(s.chosen).length + (s.words.length ? 1 : 0);
      if (summaryCount) summaryCount.textContent = Object.keys(s.chosen).length ? "(" + Object.keys(s.chosen).length + ")" : "";
      status.textContent = active ? form.dataset.status.replace("{shown}", shown).replace("{total}", total) : "";
      if (noMatch) noMatch.hidden = shown > 0;
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

    form.addEventListener("change", changed);
    form.addEventListener("input", changed);
    form.addEventListener("submit", function (event) { event.preventDefault(); changed(); });
    form.addEventListener("reset", function () {
      window.setTimeout(changed, 0);  // the form's values are cleared after this event
    });
    var result = apply();
    if (result.active && FILTERS.some(function (name) { return result.state.chosen[name]; })) {
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
    if (!match) return;
    var link = document.querySelector('.year-nav a[href$="years/' + match[1] + '/"]');
    if (!link) return;
    var url = new URL(link.href);
    params.delete("date");
    url.search = params.toString();
    url.hash = match[2] ? match[1] + "-" + match[2] : match[1];
    window.location.replace(url.href);
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
