/* claim-timeline: search and filter every year of a timeline split into year pages (issue 12).
   Loaded by timeline.js the first time the reader uses the search box or the filters. Reads the
   static index the build writes under search/ (generator/search.py), fetching only the pieces a
   query needs: the manifest, the shards of the words typed, the postings of the filters chosen,
   and the result lines of the years shown. Everything is relative: the site works under any path. */
window.claimTimelineSearch = function (form, site) {
  "use strict";

  var FILTERS = ["actor", "tag", "kind", "source", "outlet"];
  var PAGE = 20;
  var base = form.dataset.search;
  var root = form.dataset.root;
  var here = form.dataset.year || "";
  var timeline = document.getElementById("timeline");
  var panel = form.parentNode.querySelector(".site-results");
  var status = panel.querySelector(".site-status");
  var yearList = panel.querySelector(".site-years");
  var list = panel.querySelector(".site-list");
  var more = panel.querySelector(".more");
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang || "en") : null;
  var fetched = {};
  var current = 0;
  var choicesAsked = false;
  var showing = null;
  var lastSignature = null;

  /* Each file once per page view; "no-cache" asks the server whether it changed since (a new build). */
  function get(path) {
    if (!fetched[path]) {
      fetched[path] = fetch(base + path, { cache: "no-cache" }).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      });
    }
    return fetched[path];
  }

  var manifest = get("manifest.json");

  function hex(text) {
    return Array.prototype.map.call(new TextEncoder().encode(text), function (b) {
      return (b < 16 ? "0" : "") + b.toString(16);
    }).join("");
  }

  /* A shard's file, named as generator/search.py names it. */
  function shardFile(leaf) {
    return /^[a-z0-9]+$/.test(leaf) ? leaf : "_" + hex(leaf);
  }

  function startsWith(text, prefix) {
    return text.lastIndexOf(prefix, 0) === 0;
  }

  /* The shards that may hold words beginning with ``word``: a prefix shard on its way or under it,
     a one-word shard ('the.') whose word it begins. */
  function shardsFor(word, leaves) {
    return leaves.filter(function (leaf) {
      if (leaf.slice(-1) === ".") return startsWith(leaf.slice(0, -1), word);
      return startsWith(leaf, word) || startsWith(word, leaf);
    });
  }

  /* {"1987": "k3f9x0ab"} -> {"1987": {"k3f9": true, "x0ab": true}} */
  function expand(postings, width, into) {
    into = into || {};
    Object.keys(postings).forEach(function (year) {
      var keys = postings[year];
      var set = into[year] || (into[year] = {});
      for (var i = 0; i < keys.length; i += width) set[keys.substr(i, width)] = true;
    });
    return into;
  }

  function wordMatches(word, m) {
    var shards = shardsFor(word, m.terms).map(function (leaf) { return get("t/" + shardFile(leaf) + ".json"); });
    return Promise.all(shards).then(function (loaded) {
      var found = {};
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (term) {
          if (startsWith(term, word)) expand(shard[term], m.key, found);
        });
      });
      return found;
    });
  }

  function filterMatches(name, value, m) {
    return get("f/" + name + "/" + encodeURIComponent(value) + ".json").then(function (postings) {
      return expand(postings, m.key);
    }, function () { return {}; });  // a value no event has (an old link): nothing matches
  }

  function intersect(a, b) {
    var out = {};
    Object.keys(a).forEach(function (year) {
      if (!b[year]) return;
      var set = {};
      var any = false;
      Object.keys(a[year]).forEach(function (key) {
        if (b[year][key]) { set[key] = true; any = true; }
      });
      if (any) out[year] = set;
    });
    return out;
  }

  function count(n) {
    var form_ = plural ? plural.select(n) : (n === 1 ? "one" : "other");
    return (panel.dataset[form_] || panel.dataset.other).replace("{n}", n);
  }

  /* ?q=…&actor=… for links to year pages, so the reader lands on the same view there. */
  function query(state) {
    var params = new URLSearchParams();
    if (state.query) params.set("q", state.query);
    FILTERS.forEach(function (name) { if (state.chosen[name]) params.set(name, state.chosen[name]); });
    var text = params.toString();
    return text ? "?" + text : "";
  }

  function link(href, text) {
    var a = document.createElement("a");
    a.href = href;
    a.textContent = text;
    return a;
  }

  function showYears(matches, years, state) {
    yearList.textContent = "";
    years.forEach(function (year) {
      var li = document.createElement("li");
      var a = link(root + "years/" + year + "/" + query(state), year + " ");
      var n = document.createElement("span");
      n.className = "n";
      n.textContent = "(" + Object.keys(matches[year]).length + ")";
      a.appendChild(n);
      if (year === here) a.setAttribute("aria-current", "page");
      li.appendChild(a);
      yearList.appendChild(li);
    });
  }

  /* The next PAGE results not on this page, in timeline order, reading each year's result lines once. */
  function showMore(token) {
    var s = showing;
    var wanted = PAGE;
    function next() {
      if (token !== current) return Promise.resolve();
      if (!wanted || s.index >= s.years.length) {
        more.hidden = s.index >= s.years.length;
        return Promise.resolve();
      }
      var year = s.years[s.index];
      return get("r/" + year + ".json").then(function (rows) {
        if (token !== current) return;
        var keys = s.matches[year];
        var rest = rows.filter(function (row) { return keys[row[0]] && !onThisPage(row); });
        var shown = rest.slice(s.offset, s.offset + wanted);
        shown.forEach(function (row) { list.appendChild(resultItem(row, year, s.state)); });
        wanted -= shown.length;
        s.offset += shown.length;
        if (s.offset >= rest.length) {
          s.index += 1;
          s.offset = 0;
        }
        return next();
      });
    }
    return next();
  }

  /* Whether the event is one of this page's own cards (the page's own filter shows it already). */
  function onThisPage(row) {
    var card = timeline && document.getElementById(row[1].slice("events/".length, -1));
    return !!(card && timeline.contains(card));
  }

  /* One result: [key, event URL, timeline URL, title, date label, kind, draft?]. */
  function resultItem(row, year, state) {
    var li = document.createElement("li");
    var time = document.createElement("time");
    time.textContent = row[4];
    li.appendChild(time);
    li.appendChild(document.createTextNode(" "));
    li.appendChild(link(root + row[1], row[3]));
    if (row[5] === "claim") {
      var kind = document.createElement("span");
      kind.className = "event-kind";
      kind.textContent = " " + panel.dataset.claim;
      li.appendChild(kind);
    }
    if (row[6]) {  // a draft never shows without its badge
      var badge = document.createElement("strong");
      badge.className = "badge-draft";
      badge.textContent = panel.dataset.draft;
      li.appendChild(document.createTextNode(" "));
      li.appendChild(badge);
    }
    var at = row[2].split("#");
    li.appendChild(document.createTextNode(" · "));
    li.appendChild(link(root + at[0] + query(state) + (at[1] ? "#" + at[1] : ""), year));
    return li;
  }

  function run(state) {
    var chosen = FILTERS.filter(function (name) { return state.chosen[name]; });
    // The same search again (a "change" after "input", as the box loses the focus to a result being
    // clicked) keeps the results in place: rebuilding them would swallow the click.
    var signature = JSON.stringify([state.words, chosen.map(function (name) { return [name, state.chosen[name]]; }),
                                    state.query]);
    if (signature === lastSignature) return;
    lastSignature = signature;
    var token = ++current;
    if (!state.words.length && !chosen.length) {
      panel.hidden = true;
      return;
    }
    manifest.then(function (m) {
      var parts = state.words.map(function (word) { return wordMatches(word, m); }).concat(
        chosen.map(function (name) { return filterMatches(name, state.chosen[name], m); }));
      return Promise.all(parts);
    }).then(function (sets) {
      if (token !== current) return;
      var matches = sets.reduce(intersect);
      var years = Object.keys(matches).sort(function (a, b) { return a - b; });
      var total = years.reduce(function (n, year) { return n + Object.keys(matches[year]).length; }, 0);
      list.textContent = "";
      showing = { matches: matches, years: years, index: 0, offset: 0, state: state };
      // The count and the years change with the first results, so that what is said matches what is shown.
      return showMore(token).then(function () {
        if (token !== current) return;
        status.textContent = count(total);
        showYears(matches, years, state);
        panel.hidden = false;
      });
    }).catch(function () {
      if (token !== current) return;
      status.textContent = panel.dataset.failed;
      yearList.textContent = "";
      list.textContent = "";
      more.hidden = true;
      panel.hidden = false;
    });
  }

  /* Every filter's choices across the site: those this page lacks are added (under "In other years"
     where the page offers its own). */
  function choices() {
    if (choicesAsked) return;
    choicesAsked = true;
    get("facets.json").then(function (facets) {
      FILTERS.forEach(function (name) {
        var select = form.elements.namedItem(name);
        if (!select || !facets[name]) return;
        var have = {};
        Array.prototype.forEach.call(select.options, function (o) { have[o.value] = true; });
        var missing = facets[name].filter(function (c) { return !have[c[0]]; });
        if (!missing.length) return;
        var parent = select;
        if (select.options.length > 1) {
          parent = document.createElement("optgroup");
          parent.label = form.dataset.otherYears;
          select.appendChild(parent);
        }
        missing.forEach(function (c) { parent.appendChild(new Option(c[1] + " (" + c[2] + ")", c[0])); });
      });
      if (site.onChoices) site.onChoices();
    }, function () { choicesAsked = false; });
  }

  more.addEventListener("click", function () { showMore(current); });
  return { run: run, choices: choices };
};
