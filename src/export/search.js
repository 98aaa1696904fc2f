// docwiz's site search: the search box of every topic and index page.
//
// The index is JavaScript files (search/<lang>/meta.js, t/<prefix>.js,
// d/<n>.js) that this script adds as <script src> elements when a query
// needs them, each calling docwizSearch(path, data). Not fetch: Chromium
// refuses fetch and XHR of local files from a file:// page, and a site
// opened from the disk must search too; a script of a local file loads.
// (That is also why Pagefind, which fetches its index, is not used.)
//
// A query reaches the terms docwiz's Rust analysis indexed (src/search/
// analyzer.rs): words by Intl.Segmenter (UAX #29, with a dictionary for
// Chinese), lower case, diacritics folded (NFD, marks dropped, ß → ss) for
// English, French, Spanish and German, ё → е for Russian. There is no
// stemmer here: a word that occurs on the pages is looked up among the
// index's word forms, which give its term exactly as the Rust stemmer made
// it; any other word (an inflection the pages do not use) matches the
// longest indexed term that begins it, of at least 3 characters and half
// the word. Snowball stems are almost always a beginning of the word (the
// algorithms strip suffixes; the few rewrites, such as English y → i, are
// at the stem's end), and the half keeps a short unrelated word from
// matching a long one. Vendoring the Snowball project's JavaScript stemmers
// would cost five generated files to keep in step with the Rust ones
// (frostem) for the words the pages do not use.
(function () {
  "use strict";
  var form = document.querySelector("form.search");
  var panel = document.getElementById("search-results");
  if (!form || !panel) return;
  var base = form.getAttribute("data-index");
  var pageLang = document.documentElement.lang || "en";
  var text = {
    results: form.getAttribute("data-results") || "",
    nothing: form.getAttribute("data-nothing") || "",
    english: form.getAttribute("data-english") || "",
    unavailable: form.getAttribute("data-unavailable") || "",
    nearest: form.getAttribute("data-nearest") || ""
  };
  // The messages carry the query as this private-use character.
  var SLOT = "\uE000";
  var K1 = 1.2, B = 0.75, LIMIT = 10;
  // Boosts per field, as docwiz search (src/search/index.rs): title and F1
  // keyword 4, heading 2, body 1; fields 3-5 are text shown in English.
  var BOOST = [4, 2, 1, 4, 2, 1, 4];
  var FOLDED = { en: 1, fr: 1, es: 1, de: 1 };
  var STEMMED = { en: 1, ru: 1, de: 1, fr: 1, es: 1 };
  var HAN = /^\p{Script=Han}+$/u;

  var pending = Object.create(null);
  window.docwizSearch = function (path, data) {
    var entry = pending[path];
    if (entry) entry.resolve(data);
  };
  function load(path) {
    if (pending[path]) return pending[path].promise;
    var entry = {};
    entry.promise = new Promise(function (resolve, reject) {
      entry.resolve = resolve;
      entry.reject = reject;
    });
    pending[path] = entry;
    var script = document.createElement("script");
    script.src = base + path + ".js";
    script.onerror = function () {
      delete pending[path];
      script.remove();
      entry.reject(new Error(path));
    };
    // A file that loads without calling docwizSearch is not the index's.
    script.onload = function () {
      script.remove();
      entry.reject(new Error(path));
    };
    document.head.appendChild(script);
    return entry.promise;
  }

  var meta = null;
  var terms = new Map();
  var forms = [new Map(), new Map()];
  var loaded = Object.create(null);

  function fold(analysis, word) {
    var lower = word.toLowerCase();
    if (FOLDED[analysis]) return lower.normalize("NFD").replace(/\p{Mn}/gu, "").replace(/ß/g, "ss");
    if (analysis === "ru") return lower.replace(/ё/g, "е");
    return lower;
  }

  function words(string, lang) {
    var out = [];
    if (window.Intl && Intl.Segmenter) {
      var segments = new Intl.Segmenter(lang, { granularity: "word" }).segment(string);
      for (var s of segments) if (s.isWordLike) out.push({ word: s.segment, at: s.index });
      return out;
    }
    var re = /[\p{L}\p{N}\p{M}]+/gu, m;
    while ((m = re.exec(string))) out.push({ word: m[0], at: m.index });
    return out;
  }

  function shardName(prefix) {
    if (!prefix) return "all";
    return Array.from(prefix).map(function (c) { return c.codePointAt(0).toString(16); }).join("-");
  }

  // The shards that may hold a term beginning any of `keys`.
  function loadShards(keys) {
    var wanted = [];
    meta.shards.forEach(function (prefix) {
      if (loaded[prefix]) return;
      if (keys.some(function (k) { return k.startsWith(prefix); })) wanted.push(prefix);
    });
    return Promise.all(wanted.map(function (prefix) {
      return load("t/" + shardName(prefix)).then(function (shard) {
        loaded[prefix] = true;
        Object.keys(shard.t).forEach(function (t) { terms.set(t, shard.t[t]); });
        Object.keys(shard.f).forEach(function (f) { forms[0].set(f, shard.f[f]); });
        Object.keys(shard.e).forEach(function (f) { forms[1].set(f, shard.e[f]); });
      });
    }));
  }

  // Field groups: 0 the page's language, 1 English, 2 keywords.
  function has(term, group) {
    var postings = terms.get(term);
    return !!postings && postings.some(function (p) { return Math.min(2, Math.floor(p[0] / 3)) === group; });
  }

  // A folded query word's terms in a group: one term, or for Chinese the
  // longest indexed terms it is made of, in order (maximum matching, as
  // longest_known in src/search/index.rs); null when none.
  function lookup(key, group, analysis) {
    var form = forms[group].get(key);
    if (form && has(form, group)) return [form];
    if (has(key, group)) return [key];
    var chars = Array.from(key);
    if (STEMMED[analysis]) {
      var least = Math.max(3, Math.floor(chars.length / 2));
      for (var n = chars.length - 1; n >= least; n--) {
        var prefix = chars.slice(0, n).join("");
        if (has(prefix, group)) return [prefix];
      }
    }
    if (analysis === "zh") {
      var pieces = [], i = 0;
      while (i < chars.length) {
        var end = chars.length;
        while (end > i && !has(chars.slice(i, end).join(""), group)) end--;
        if (end === i) return null;
        pieces.push(chars.slice(i, end).join(""));
        i = end;
      }
      return pieces.length > 1 ? pieces : null;
    }
    return null;
  }

  function decode(list, positions) {
    var out = new Map(), doc = 0, i = 1;
    while (i < list.length) {
      doc += list[i];
      var tf = list[i + 1], len = list[i + 2];
      i += 3;
      var at = null;
      if (positions) {
        at = list.slice(i, i + tf);
        i += tf;
      }
      out.set(doc, { tf: tf, len: len, at: at });
    }
    return out;
  }

  function fieldPostings(term, field) {
    var list = (terms.get(term) || []).find(function (p) { return p[0] === field; });
    return list ? decode(list, meta.pos && field < 3) : new Map();
  }

  // Documents of `pieces` in `field` (a phrase when several): doc → {tf, len}.
  function matches(pieces, field) {
    var lists = pieces.map(function (p) { return fieldPostings(p, field); });
    if (lists.length === 1) return lists[0];
    var out = new Map();
    lists[0].forEach(function (first, doc) {
      if (!lists.every(function (l) { return l.has(doc); })) return;
      var tf = first.at.filter(function (p) {
        return lists.every(function (l, i) { return l.get(doc).at.indexOf(p + i) >= 0; });
      }).length;
      if (tf) out.set(doc, { tf: tf, len: first.len });
    });
    return out;
  }

  function bm25(found, field) {
    var df = found.size, n = meta.n;
    var idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
    var avg = meta.avg[field] || 1;
    var scores = new Map();
    found.forEach(function (m, doc) {
      scores.set(doc, BOOST[field] * idf * (m.tf * (K1 + 1)) / (m.tf + K1 * (1 - B + B * m.len / avg)));
    });
    return scores;
  }

  async function search(query) {
    if (!meta) meta = await load("meta");
    var analysis = meta.a;
    var segments = words(query, pageLang);
    // Chinese typed without spaces is one word, however the browser's
    // segmenter cuts it: its terms must then be found side by side.
    if (analysis === "zh") {
      segments = segments.reduce(function (out, w) {
        var last = out[out.length - 1];
        if (last && last.at + last.word.length === w.at && HAN.test(last.word) && HAN.test(w.word)) {
          last.word += w.word;
        } else {
          out.push({ word: w.word, at: w.at });
        }
        return out;
      }, []);
    }
    var asked = segments.map(function (w) { return w.word; });
    if (!asked.length) return null;
    var keys = [];
    asked.forEach(function (w) {
      var native = fold(analysis, w);
      keys.push(native, fold("en", w), w.toLowerCase());
      // A Chinese word may be cut into pieces beginning anywhere in it.
      if (analysis === "zh") Array.from(native).forEach(function (_, i) { keys.push(Array.from(native).slice(i).join("")); });
    });
    await loadShards(keys);
    // A form's term need not begin the form (English using → use): its
    // shard may be another.
    var targets = [];
    asked.forEach(function (w) {
      [forms[0].get(fold(analysis, w)), forms[1].get(fold("en", w))].forEach(function (t) {
        if (t) targets.push(t);
      });
    });
    await loadShards(targets);
    var highlight = [[], []];
    var perWord = asked.map(function (w) {
      var scores = new Map();
      var add = function (found) {
        found.forEach(function (s, doc) { scores.set(doc, (scores.get(doc) || 0) + s); });
      };
      var groups = [[fold(analysis, w), 0, analysis], [fold("en", w), 1, "en"]];
      groups.forEach(function (g) {
        var pieces = lookup(g[0], g[1], g[2]);
        if (!pieces) return;
        // A phrase is marked whole, not each of its terms wherever it is.
        highlight[g[1]].push(pieces.join(""));
        for (var f = g[1] * 3; f < g[1] * 3 + 3; f++) add(bm25(matches(pieces, f), f));
      });
      if (has(w.toLowerCase(), 2)) add(bm25(fieldPostings(w.toLowerCase(), 6), 6));
      return scores;
    });
    var total = new Map(), count = new Map();
    perWord.forEach(function (scores) {
      scores.forEach(function (s, doc) {
        total.set(doc, (total.get(doc) || 0) + s);
        count.set(doc, (count.get(doc) || 0) + 1);
      });
    });
    // Every word must match; when no section has them all, any.
    var docs = Array.from(total.keys());
    var all = docs.filter(function (d) { return count.get(d) === perWord.length; });
    if (all.length) docs = all;
    docs.sort(function (a, b) { return total.get(b) - total.get(a) || a - b; });
    if (!docs.length) return { hits: [], nearest: nearest(asked, analysis) };
    var hits = [], topics = Object.create(null), next = 0;
    while (hits.length < LIMIT && next < docs.length) {
      var batch = docs.slice(next, next + LIMIT * 2);
      next += batch.length;
      var chunks = await Promise.all(batch.map(function (d) { return load("d/" + Math.floor(d / meta.k)); }));
      batch.forEach(function (d, i) {
        var chunk = chunks[i];
        var section = chunk.d[d % meta.k];
        if (hits.length >= LIMIT || topics[section[0]]) return;
        topics[section[0]] = true;
        hits.push({ section: section, title: chunk.t[section[0]] });
      });
    }
    return { hits: hits, highlight: highlight, analysis: analysis };
  }

  // Edit distance (Levenshtein) of two strings, by code points.
  function distance(a, b) {
    a = Array.from(a); b = Array.from(b);
    var row = b.map(function (_, j) { return j + 1; });
    row.unshift(0);
    for (var i = 1; i <= a.length; i++) {
      var diagonal = row[0];
      row[0] = i;
      for (var j = 1; j <= b.length; j++) {
        var above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  }

  // The words of the pages nearest to the query's words, as docwiz search
  // names them (edit distance at most a third of the word, at least 1;
  // at most 5, nearest first), among the words of the shards the query
  // loaded: those that begin as the query's words begin.
  function nearest(asked, analysis) {
    var found = [];
    asked.forEach(function (w) {
      var word = fold(analysis, w), size = Array.from(word).length;
      var limit = Math.max(1, Math.floor(size / 3));
      var seen = function (k) { return found.some(function (f) { return f[1] === k; }); };
      [forms[0].keys(), terms.keys()].forEach(function (keys) {
        for (var known of keys) {
          if (known === word || Math.abs(Array.from(known).length - size) > limit || seen(known)) continue;
          var d = distance(word, known);
          if (d <= limit) found.push([d, known]);
        }
      });
    });
    found.sort(function (a, b) { return a[0] - b[0] || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0); });
    return found.slice(0, 5).map(function (f) { return f[1]; });
  }

  // Ranges of `string` to mark: words whose folded form is a form of a
  // term matched or begins with it (a stem begins its words); in Chinese,
  // the matched terms where they occur.
  function marks(string, terms, analysis, lang, known) {
    var out = [];
    if (!terms.length) return out;
    if (analysis === "zh") {
      var lower = string.toLowerCase();
      if (lower.length !== string.length) lower = string;
      terms.forEach(function (t) {
        var at = lower.indexOf(t);
        while (t && at >= 0) {
          out.push([at, at + t.length]);
          at = lower.indexOf(t, at + t.length);
        }
      });
      out.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      return out.filter(function (r, i) { return !out.slice(0, i).some(function (o) { return o[0] <= r[0] && r[1] <= o[1]; }); });
    }
    words(string, lang).forEach(function (w) {
      var key = fold(analysis, w.word), term = known.get(key);
      if (terms.some(function (t) { return key === t || term === t || (STEMMED[analysis] && key.startsWith(t)); })) out.push([w.at, w.at + w.word.length]);
    });
    return out;
  }

  // About `size` characters of `string` around its first mark, as nodes;
  // its ends fall between words as the page's language cuts them (a
  // Chinese text without spaces too).
  function snippet(string, ranges, size, lang) {
    var start = 0, end = string.length;
    if (ranges.length && string.length > size) {
      start = Math.max(0, ranges[0][0] - Math.floor(size / 3));
      var space = string.lastIndexOf(" ", start);
      if (start > 0 && space > start - 20 && space >= 0) start = space + 1;
    }
    if (end - start > size) {
      end = start + size;
      var cut = string.lastIndexOf(" ", end);
      if (cut > start + size / 2) end = cut;
    }
    if (start > 0 || end < string.length) {
      words(string, lang).forEach(function (w) {
        var after = w.at + w.word.length;
        if (w.at < start && start < after) start = w.at;
        if (w.at < end && end < after) end = w.at > start ? w.at : after;
      });
    }
    var nodes = [];
    if (start > 0) nodes.push(document.createTextNode("…"));
    var at = start;
    ranges.forEach(function (r) {
      if (r[0] < at || r[1] > end) return;
      nodes.push(document.createTextNode(string.slice(at, r[0])));
      var mark = document.createElement("mark");
      mark.textContent = string.slice(r[0], r[1]);
      nodes.push(mark);
      at = r[1];
    });
    nodes.push(document.createTextNode(string.slice(at, end) + (end < string.length ? "…" : "")));
    return nodes;
  }

  function message(template, query) {
    var out = document.createElement("p");
    out.className = "search-status";
    var parts = template.split(SLOT);
    out.textContent = parts.join(query);
    return out;
  }

  function element(tag, className, content) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (content !== undefined) e.textContent = content;
    return e;
  }

  function show(query, found) {
    panel.replaceChildren();
    panel.hidden = false;
    if (!found || !found.hits.length) {
      panel.appendChild(message(text.nothing, query));
      // The nearest words, as docwiz search names them.
      if (found && found.nearest.length && text.nearest) {
        var near = message(text.nearest, found.nearest.join(", "));
        near.className = "search-nearest";
        panel.appendChild(near);
      }
      return;
    }
    panel.appendChild(message(text.results, query));
    var list = element("ol", "search-hits");
    found.hits.forEach(function (hit) {
      var s = hit.section, id = s[0];
      var item = element("li");
      var title = element("a", "hit-title", hit.title[0]);
      title.href = id + ".html";
      if (hit.title[1]) title.lang = "en";
      item.appendChild(title);
      if (s[2]) {
        var heading = element("a", "hit-heading", s[2]);
        heading.href = id + ".html" + (s[1] ? "#" + encodeURIComponent(s[1]) : "");
        if (s[3]) heading.lang = "en";
        item.appendChild(heading);
      }
      var native = marks(s[4], found.highlight[0], found.analysis, pageLang, forms[0]);
      var english = native.length ? [] : marks(s[5], found.highlight[1], "en", "en", forms[1]);
      var inEnglish = !native.length && (english.length || !s[4]);
      var body = inEnglish ? s[5] : s[4];
      if (body) {
        var p = element("p", "hit-snippet");
        if (inEnglish) p.lang = "en";
        // Chinese characters are twice as wide: half as many of them.
        var size = !inEnglish && found.analysis === "zh" ? 80 : 160;
        snippet(body, inEnglish ? english : native, size, inEnglish ? "en" : pageLang).forEach(function (n) { p.appendChild(n); });
        item.appendChild(p);
      }
      if (hit.title[1] || s[3] || (inEnglish && body)) item.appendChild(element("span", "hit-english", text.english));
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  var asked = 0, timer = 0;
  function run() {
    var query = form.elements.q.value.trim();
    var mine = ++asked;
    if (!query) {
      panel.hidden = true;
      panel.replaceChildren();
      return;
    }
    search(query).then(function (found) {
      if (mine === asked) show(query, found);
    }, function () {
      if (mine !== asked) return;
      panel.replaceChildren(message(text.unavailable, query));
      panel.hidden = false;
    });
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    run();
  });
  form.elements.q.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.hidden = false;
})();
