/* Searching the story site in the reader's browser, as the app searches its archive.

   The documents were analysed by the app itself when the site was written (window.HV_SEARCH:
   postings of CJK bigrams and stemmed Latin words, with positions). Here only the reader's
   words are analysed, by the same steps as the app's query side: fold (NFKC, accents off,
   traditional to simplified), CJK runs to bigrams, Latin words lower-cased and Porter-stemmed,
   English words of the glossary to their Chinese, and pinyin read as the bigrams of the
   characters the index holds. Words are ANDed; "quoted words" are one phrase. */
(function () {
  "use strict";

  var CJK = "\\u3007\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7af\\uf900-\\ufaff\\u{20000}-\\u{3134f}";
  var CJK_CHAR = new RegExp("^[" + CJK + "]$", "u");
  var TOKEN = new RegExp("([" + CJK + "](?:\\s*[" + CJK + "])*)|((?:(?![" + CJK + "])[\\p{L}\\p{N}])+)", "gu");
  var ACCENTED = /[\u00c0-\u024f\u1e00-\u1eff]/;
  var ALTERNATIVE = 0.7;

  function isCjk(ch) { return CJK_CHAR.test(ch); }

  // -- Porter stemmer, step for step as the app's (Whoosh's), quirks included ---------------
  var CONS_SEQ = "[^aeiouy]+", VOWEL_SEQ = "[aeiou]+";
  var MGR0 = new RegExp("^(" + CONS_SEQ + ")?" + VOWEL_SEQ + CONS_SEQ);
  var MEQ1 = new RegExp("^(" + CONS_SEQ + ")?" + VOWEL_SEQ + CONS_SEQ + "(" + VOWEL_SEQ + ")?$");
  var MGR1 = new RegExp("^(" + CONS_SEQ + ")?" + VOWEL_SEQ + CONS_SEQ + VOWEL_SEQ + CONS_SEQ);
  var S_V = new RegExp("^(" + CONS_SEQ + ")?[aeiouy]");
  var C_V = new RegExp("^" + CONS_SEQ + "[aeiouy][^aeiouwxy]$");
  var ED_ING = /^(.*)(ed|ing)$/;
  var AT_BL_IZ = /^(at|bl|iz)$/;
  var DOUBLE = /^([^aeiouylsz])\1$/;
  var STEP2 = /^(.+?)(ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi)$/;
  var STEP3 = /^(.+?)(icate|ative|alize|iciti|ical|ful|ness)$/;
  var STEP4A = /^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$/;
  var STEP4B = /^(.+?)(s|t)(ion)$/;
  var STEP5 = /^(.+?)e$/;
  var STEP2_LIST = { ational: "ate", tional: "tion", enci: "ence", anci: "ance", izer: "ize",
    bli: "ble", alli: "al", entli: "ent", eli: "e", ousli: "ous", ization: "ize", ation: "ate",
    ator: "ate", alism: "al", iveness: "ive", fulness: "ful", ousness: "ous", aliti: "al",
    iviti: "ive", biliti: "ble", logi: "log" };
  var STEP3_LIST = { icate: "ic", ative: "", alize: "al", iciti: "ic", ical: "ic", ful: "", ness: "" };

  function porter(w) {
    if (w.length < 3) return w;
    var firstY = w.charAt(0) === "y";
    if (firstY) w = "Y" + w.slice(1);
    var m, s;
    if (w.slice(-1) === "s") {
      if (w.slice(-4) === "sses") w = w.slice(0, -2);
      else if (w.slice(-3) === "ies") w = w.slice(0, -2);
      else if (w.charAt(w.length - 2) !== "s") w = w.slice(0, -1);
    }
    if (w.slice(-3) === "eed") {
      if (MGR0.test(w.slice(0, -3))) w = w.slice(0, -1);
    } else if ((m = ED_ING.exec(w))) {
      s = m[1];
      if (S_V.test(s)) {
        w = s;
        if (AT_BL_IZ.test(w)) w += "e";
        else if (DOUBLE.test(w)) w = w.slice(0, -1);
        else if (C_V.test(w)) w += "e";
      }
    }
    if (w.slice(-1) === "y") {
      s = w.slice(0, -1);
      if (S_V.test(s)) w = s + "i";
    }
    if ((m = STEP2.exec(w)) && MGR0.test(m[1])) w = m[1] + STEP2_LIST[m[2]];
    if ((m = STEP3.exec(w)) && MGR0.test(m[1])) w = m[1] + STEP3_LIST[m[2]];
    if ((m = STEP4A.exec(w))) {
      if (MGR1.test(m[1])) w = m[1];
    } else if ((m = STEP4B.exec(w))) {
      s = m[1] + m[2];
      if (MGR1.test(s)) w = s;
    }
    if ((m = STEP5.exec(w))) {
      s = m[1];
      if (MGR1.test(s) || (MEQ1.test(s) && !C_V.test(s))) w = s;
    }
    if (w.slice(-2) === "ll" && MGR1.test(w)) w = w.slice(0, -1);
    if (firstY) w = "y" + w.slice(1);
    return w;
  }

  function stem(word) {
    if (word.length < 3 || !/^[a-z]+$/i.test(word)) return word;
    return porter(word);
  }

  // -- the index ------------------------------------------------------------------------------
  function Index(data) {
    this.docs = data.docs;
    this.lengths = data.lengths;
    this.terms = data.terms;
    this.t2s = {};
    var pairs = Array.from(data.t2s || "");
    for (var i = 0; i + 1 < pairs.length; i += 2) this.t2s[pairs[i]] = pairs[i + 1];
    this.readings = {};
    this.bySyllable = {};
    for (var ch in data.readings) {
      var list = data.readings[ch].split(",");
      this.readings[ch] = list;
      for (var j = 0; j < list.length; j++) (this.bySyllable[list[j]] = this.bySyllable[list[j]] || []).push(ch);
    }
    this.syllables = {};
    (data.syllables || "").split(" ").forEach(function (s) { if (s) this.syllables[s] = true; }, this);
    this.glossary = {};
    (data.glossary || []).forEach(function (entry) { this.glossary[entry[0].join(" ")] = entry[1]; }, this);
    this.decoded = {};
    this.byFirst = null;
    var total = 0;
    for (var k = 0; k < this.lengths.length; k++) total += this.lengths[k];
    this.average = Math.max(1, total / Math.max(1, this.lengths.length));
  }

  Index.prototype.postings = function (term) {
    var found = this.decoded[term];
    if (found) return found;
    var raw = this.terms[term];
    found = new Map();
    if (raw) {
      var doc = 0, entries = raw.split(";");
      for (var i = 0; i < entries.length; i++) {
        var parts = entries[i].split(".");
        doc += parseInt(parts[0], 36);
        var positions = new Array(parts.length - 1);
        for (var j = 1; j < parts.length; j++) positions[j - 1] = parseInt(parts[j], 36);
        found.set(doc, positions);
      }
    }
    this.decoded[term] = found;
    return found;
  };

  Index.prototype.startingWith = function (ch) {
    if (!this.byFirst) {
      this.byFirst = {};
      for (var term in this.terms) {
        var chars = Array.from(term);
        if (chars.length <= 2 && isCjk(chars[0])) (this.byFirst[chars[0]] = this.byFirst[chars[0]] || []).push(term);
      }
      for (var key in this.byFirst) this.byFirst[key].sort();
    }
    return this.byFirst[ch] || [];
  };

  // -- analysing the reader's words ---------------------------------------------------------
  Index.prototype.foldChar = function (ch) {
    var folded = ch.normalize("NFKC");
    if (!/^[\x00-\x7f]*$/.test(folded)) {
      var out = "";
      Array.from(folded).forEach(function (part) {
        if (ACCENTED.test(part)) {
          if ("üǖǘǚǜÜ".indexOf(part) >= 0) { out += "v"; return; }
          var base = part.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
          out += /^[\x00-\x7f]+$/.test(base) ? base : part;
        } else {
          out += this.t2s[part] || part;
        }
      }, this);
      folded = out;
    }
    return folded;
  };

  Index.prototype.fold = function (text) {
    var out = "";
    Array.from(text).forEach(function (ch) { out += this.foldChar(ch); }, this);
    return out;
  };

  /* What a typed word or quoted phrase means as index terms (the app's word_phrase). */
  Index.prototype.wordPhrase = function (text) {
    var folded = this.fold(text), terms = [], matches = [], m;
    TOKEN.lastIndex = 0;
    while ((m = TOKEN.exec(folded)) !== null) matches.push(m);
    for (var n = 0; n < matches.length; n++) {
      if (matches[n][2] !== undefined) { terms.push(stem(matches[n][2].toLowerCase())); continue; }
      var chars = Array.from(matches[n][1].replace(/\s+/g, ""));
      if (chars.length === 1) { terms.push(chars[0]); continue; }
      for (var i = 0; i + 1 < chars.length; i++) terms.push(chars[i] + chars[i + 1]);
      if (n < matches.length - 1) terms.push(chars[chars.length - 1]);
    }
    if (!terms.length) return null;
    var single = terms.length === 1 && Array.from(terms[0]).length === 1 && isCjk(terms[0]);
    return { terms: terms, prefix: single };
  };

  Index.prototype.splitPiece = function (piece) {
    var ways = [[[]]];
    for (var end = 1; end <= piece.length; end++) {
      ways[end] = [];
      for (var start = Math.max(0, end - 6); start < end; start++) {
        var syllable = piece.slice(start, end);
        if (ways[start].length && this.syllables[syllable]) {
          ways[start].slice(0, 16).forEach(function (w) { ways[end].push(w.concat([syllable])); });
        }
      }
    }
    return ways[piece.length];
  };

  Index.prototype.syllableSplits = function (word) {
    var pieces = word.toLowerCase().replace(/ü/g, "v").split(/['’\s-]+/).filter(Boolean);
    if (!pieces.length || !pieces.every(function (p) { return /^[a-z]+$/.test(p); })) return [];
    var splits = [[]];
    for (var i = 0; i < pieces.length; i++) {
      var pieceSplits = this.splitPiece(pieces[i]);
      if (!pieceSplits.length) return [];
      var next = [];
      splits.forEach(function (a) { pieceSplits.forEach(function (b) { next.push(a.concat(b)); }); });
      splits = next.slice(0, 24);
    }
    splits.sort(function (a, b) { return a.length - b.length; });
    return splits.slice(0, 6);
  };

  Index.prototype.hanziWords = function (syllables) {
    if (syllables.length < 2) return [];
    var limit = 48, chains = [], self = this;
    var firsts = this.bySyllable[syllables[0]] || [];
    outer: for (var i = 0; i < firsts.length; i++) {
      var bigrams = this.startingWith(firsts[i]);
      for (var j = 0; j < bigrams.length; j++) {
        var pair = Array.from(bigrams[j]);
        if (pair.length === 2 && (self.readings[pair[1]] || []).indexOf(syllables[1]) >= 0) {
          chains.push(bigrams[j]);
          if (chains.length >= limit * 4) break outer;
        }
      }
    }
    for (var k = 2; k < syllables.length; k++) {
      var longer = [];
      chains.forEach(function (chain) {
        var last = Array.from(chain).pop();
        self.startingWith(last).forEach(function (bigram) {
          var pair = Array.from(bigram);
          if (pair.length === 2 && (self.readings[pair[1]] || []).indexOf(syllables[k]) >= 0) longer.push(chain + pair[1]);
        });
      });
      chains = longer.slice(0, limit * 4);
    }
    return chains.slice(0, limit);
  };

  /* Every phrase a typed word may mean, with its weight (the app's engine.meanings). */
  Index.prototype.meanings = function (word) {
    var found = [], own = this.wordPhrase(word);
    if (own) found.push([own, 1]);
    if (own) {
      var chinese = this.glossary[own.terms.join(" ")] || [];
      for (var i = 0; i < chinese.length; i++) found.push([this.wordPhrase(chinese[i]), ALTERNATIVE]);
    }
    var folded = this.fold(word);
    if (/^[\x00-\x7f]*$/.test(folded) && /[a-z]/i.test(folded)) {
      var splits = this.syllableSplits(folded);
      for (var s = 0; s < splits.length; s++) {
        var words = this.hanziWords(splits[s]);
        for (var w = 0; w < words.length; w++) found.push([this.wordPhrase(words[w]), ALTERNATIVE]);
      }
    }
    var unique = {}, out = [];
    found.forEach(function (pair) {
      if (!pair[0]) return;
      var key = (pair[0].prefix ? "*" : "") + pair[0].terms.join(" ");
      if (!(key in unique)) { unique[key] = out.length; out.push(pair); }
      else if (out[unique[key]][1] < pair[1]) out[unique[key]][1] = pair[1];
    });
    return out;
  };

  // -- matching -------------------------------------------------------------------------------
  Index.prototype.phraseDocs = function (phrase) {
    var docs = new Set(), self = this;
    if (phrase.prefix) {
      this.startingWith(phrase.terms[0]).forEach(function (term) {
        self.postings(term).forEach(function (_, doc) { docs.add(doc); });
      });
      return docs;
    }
    var lists = phrase.terms.map(function (t) { return self.postings(t); });
    var shortest = lists.reduce(function (a, b) { return a.size <= b.size ? a : b; });
    shortest.forEach(function (_, doc) {
      for (var i = 0; i < lists.length; i++) if (!lists[i].has(doc)) return;
      if (lists.length === 1) { docs.add(doc); return; }
      var first = lists[0].get(doc);
      for (var p = 0; p < first.length; p++) {
        var ok = true;
        for (var j = 1; j < lists.length && ok; j++) ok = lists[j].get(doc).indexOf(first[p] + j) >= 0;
        if (ok) { docs.add(doc); return; }
      }
    });
    return docs;
  };

  function parseQuery(text) {
    var words = [], re = /"([^"]*)"|“([^”]*)”|「([^」]*)」|(\S+)/g, m;
    while ((m = re.exec(text)) !== null) {
      var word = (m[1] || m[2] || m[3] || m[4] || "").trim();
      if (word) words.push(word);
    }
    return words;
  }

  /* Hits for a query: [{doc, score}] best first, and the phrases to highlight. */
  Index.prototype.search = function (text) {
    var words = parseQuery(text), self = this;
    if (!words.length) return { hits: [], highlight: [] };
    var matched = null, ranking = {}, highlight = [];
    for (var i = 0; i < words.length; i++) {
      var options = this.meanings(words[i]), docs = new Set();
      options.forEach(function (pair) {
        highlight.push(pair[0]);
        self.phraseDocs(pair[0]).forEach(function (d) { docs.add(d); });
        if (!pair[0].prefix) pair[0].terms.forEach(function (t) { ranking[t] = Math.max(ranking[t] || 0, pair[1]); });
      });
      if (matched === null) matched = docs;
      else matched = new Set(Array.from(matched).filter(function (d) { return docs.has(d); }));
      if (!matched.size) break;
    }
    var count = this.lengths.length, scores = new Map();
    matched.forEach(function (d) { scores.set(d, 0); });
    Object.keys(ranking).forEach(function (term) {
      var postings = self.postings(term);
      var idf = ranking[term] * (Math.log(count / (postings.size + 1)) + 1);
      postings.forEach(function (positions, doc) {
        if (!scores.has(doc)) return;
        var tf = positions.length, norm = 1.2 * (0.25 + 0.75 * self.lengths[doc] / self.average);
        scores.set(doc, scores.get(doc) + idf * tf * 2.2 / (tf + norm));
      });
    });
    var hits = Array.from(scores, function (pair) { return { doc: pair[0], score: pair[1] }; });
    hits.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
    return { hits: hits, highlight: highlight };
  };

  /* [start, end) character spans of ``text`` that a highlighted phrase matches. */
  Index.prototype.spans = function (text, phrases) {
    var chars = Array.from(text), folded = [], starts = [], self = this, offset = 0;
    chars.forEach(function (ch) { folded.push(self.foldChar(ch).toLowerCase()); starts.push(offset); offset += ch.length; });
    starts.push(offset);
    var spans = [];
    phrases.forEach(function (phrase) {
      var hanzi = "", latin = [];
      phrase.terms.forEach(function (t, n) {
        if (isCjk(Array.from(t)[0])) { if (!hanzi) hanzi = t; else if (Array.from(t).length === 2) hanzi += Array.from(t)[1]; }
        else latin.push(t);
      });
      var want = Array.from(hanzi);
      if (want.length) {
        for (var i = 0; i < folded.length; i++) {
          var j = i, k = 0;
          while (k < want.length && j < folded.length) {
            if (folded[j] === want[k]) { j++; k++; }
            else if (k > 0 && /^\s$/.test(folded[j])) j++;
            else break;
          }
          if (k === want.length) spans.push([starts[i], starts[j]]);
        }
      }
      if (latin.length) {
        var re = /(?:(?![\u3400-\u9fff])[\p{L}\p{N}])+/gu, m, joined = folded.join("");
        if (joined.length === text.length) {
          while ((m = re.exec(joined)) !== null) {
            if (latin.indexOf(stem(m[0].toLowerCase())) >= 0) spans.push([m.index, m.index + m[0].length]);
          }
        }
      }
    });
    spans.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    spans.forEach(function (s) {
      if (merged.length && s[0] <= merged[merged.length - 1][1]) merged[merged.length - 1][1] = Math.max(merged[merged.length - 1][1], s[1]);
      else merged.push(s.slice());
    });
    return merged;
  };

  window.HVSearch = { Index: Index, stem: stem, parseQuery: parseQuery };
})();
