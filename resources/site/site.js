/* The story site's pages, drawn from the data files beside them. Every text from the archive
   is set with textContent, never parsed as HTML, so a title or a transcript line that holds
   markup or a script is shown as the characters it is. Nothing is fetched: the data came in
   through <script> tags (file:// allows no fetch). */
(function () {
  "use strict";
  var WORDS = window.HV_WORDS, LANGS = ["zh-CN", "zh-TW", "en"], LABELS = { "zh-CN": "简体", "zh-TW": "繁體", en: "English" };
  var current = pickLanguage();

  function pickLanguage() {
    var stored = null;
    try { stored = window.localStorage.getItem("hv-language"); } catch (e) { stored = null; }
    var fromHash = /(?:^|[#&])lang=([\w-]+)/.exec(location.hash);
    if (fromHash && WORDS[fromHash[1]]) return fromHash[1];
    if (stored && WORDS[stored]) return stored;
    var asked = (navigator.language || "en").toLowerCase();
    if (asked.indexOf("zh") === 0) return /tw|hk|mo|hant/.test(asked) ? "zh-TW" : "zh-CN";
    return "en";
  }

  function word(key, values) {
    var text = (WORDS[current] && WORDS[current][key]) || WORDS.en[key] || key;
    for (var name in values || {}) text = text.split("{" + name + "}").join(String(values[name]));
    return text;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function clock(seconds) {
    if (seconds === null || seconds === undefined || !isFinite(seconds)) return "";
    var s = Math.max(0, Math.floor(seconds)), h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60);
    var rest = ("0" + (s % 60)).slice(-2);
    return h ? h + ":" + ("0" + m).slice(-2) + ":" + rest : m + ":" + rest;
  }

  function length(seconds) {
    if (!seconds) return "";
    return seconds >= 60 ? word("minutes", { n: Math.round(seconds / 60) }) : word("seconds", { n: Math.round(seconds) });
  }

  function setLanguage(lang) {
    current = lang;
    try { window.localStorage.setItem("hv-language", lang); } catch (e) { /* private mode */ }
    document.documentElement.lang = lang;
    Array.prototype.forEach.call(document.querySelectorAll("[data-word]"), function (node) {
      node.textContent = word(node.getAttribute("data-word"));
    });
    Array.prototype.forEach.call(document.querySelectorAll("[data-word-placeholder]"), function (node) {
      node.setAttribute("placeholder", word(node.getAttribute("data-word-placeholder")));
    });
    Array.prototype.forEach.call(document.querySelectorAll(".languages button"), function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-lang") === lang));
    });
    if (page.redraw) page.redraw();
  }

  function languageButtons() {
    var box = document.querySelector(".languages");
    if (!box) return;
    LANGS.forEach(function (lang) {
      var button = el("button", "", LABELS[lang]);
      button.type = "button";
      button.setAttribute("data-lang", lang);
      button.setAttribute("lang", lang);
      button.addEventListener("click", function () { setLanguage(lang); });
      box.appendChild(button);
    });
  }

  var page = {};

  // -- the front page: tiles and search ----------------------------------------------------
  function storyHref(number, seconds) {
    return "story-" + (number + 1) + ".html" + (seconds ? "#t=" + seconds.toFixed(2) : "");
  }

  function drawTiles() {
    var site = window.HV_SITE, box = document.getElementById("tiles");
    box.textContent = "";
    site.stories.forEach(function (story, number) {
      var tile = el("a", "tile");
      tile.href = storyHref(number);
      if (story.cover) {
        var img = el("img", "cover");
        img.src = story.cover;
        img.alt = "";
        img.loading = "lazy";
        tile.appendChild(img);
      } else {
        tile.appendChild(el("div", "cover cover-empty", "乡音"));
      }
      var body = el("div", "tile-body");
      body.appendChild(el("h3", "tile-title", story.title));
      var who = story.narrators.join("、");
      if (who) body.appendChild(el("p", "tile-who", who));
      var facts = [story.place, story.date, length(story.duration)].filter(Boolean).join(" · ");
      body.appendChild(el("p", "tile-facts", facts));
      tile.appendChild(body);
      box.appendChild(tile);
    });
  }

  function drawResults(index, query) {
    var box = document.getElementById("results"), status = document.getElementById("result-count");
    box.textContent = "";
    status.textContent = "";
    if (!query.trim()) return;
    var found = index.search(query), site = window.HV_SITE;
    status.textContent = found.hits.length ? word("results", { n: found.hits.length }) : word("noResults");
    found.hits.slice(0, 100).forEach(function (hit) {
      var doc = index.docs[hit.doc], story = site.stories[doc[0]];
      var item = el("li", "result");
      var link = el("a", "result-link");
      link.href = storyHref(doc[0], doc[2]);
      var head = el("div", "result-head");
      head.appendChild(el("span", "result-title", story.title));
      var kind = { story: "kindStory", line: "kindLine", photo: "kindPhoto", chapter: "kindChapter" }[doc[1]];
      head.appendChild(el("span", "result-kind", word(kind) + (doc[2] !== null ? " " + clock(doc[2]) : "")));
      link.appendChild(head);
      link.appendChild(snippet(index, doc[3], found.highlight));
      item.appendChild(link);
      box.appendChild(item);
    });
  }

  function snippet(index, text, phrases) {
    var spans = index.spans(text, phrases), node = el("p", "result-snippet");
    var from = 0, to = text.length;
    if (spans.length && text.length > 160) {
      from = Math.max(0, spans[0][0] - 50);
      to = Math.min(text.length, from + 160);
    } else if (text.length > 160) {
      to = 160;
    }
    var at = from;
    if (from > 0) node.appendChild(document.createTextNode("…"));
    spans.forEach(function (span) {
      if (span[1] <= at || span[0] >= to) return;
      var start = Math.max(span[0], at);
      node.appendChild(document.createTextNode(text.slice(at, start)));
      node.appendChild(el("mark", "", text.slice(start, Math.min(span[1], to))));
      at = Math.min(span[1], to);
    });
    node.appendChild(document.createTextNode(text.slice(at, to)));
    if (to < text.length) node.appendChild(document.createTextNode("…"));
    return node;
  }

  function frontPage() {
    var index = new window.HVSearch.Index(window.HV_SEARCH);
    window.HV_INDEX = index; // the tests and the benchmark time searches through it
    var input = document.getElementById("search"), timer = null;
    function run() { drawResults(index, input.value); }
    input.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(run, 120); });
    document.getElementById("search-form").addEventListener("submit", function (e) { e.preventDefault(); run(); });
    page.redraw = function () { drawTiles(); run(); };
    drawTiles();
  }

  // -- a story page -------------------------------------------------------------------------
  function storyPage() {
    var story = window.HV_STORY, audio = document.getElementById("audio");
    if (story.audio) {
      audio.src = story.audio;
    } else {
      audio.parentNode.removeChild(audio);
      audio = null;
    }
    var state = { tier: 0, second: -1, lines: [], active: -1 };
    document.title = story.title + " · " + word("siteTitle");

    function drawHead() {
      document.getElementById("story-title").textContent = story.title;
      var facts = document.getElementById("story-facts");
      facts.textContent = "";
      [[word("place"), story.place], [word("date"), story.date], [word("duration"), length(story.duration)], [word("language"), story.language]]
        .forEach(function (pair) {
          if (!pair[1]) return;
          var item = el("div", "fact");
          item.appendChild(el("dt", "", pair[0]));
          item.appendChild(el("dd", "", pair[1]));
          facts.appendChild(item);
        });
      var people = document.getElementById("story-people");
      people.textContent = "";
      story.people.forEach(function (person) {
        var item = el("li", "person");
        item.appendChild(el("span", "person-role", word(person.role)));
        item.appendChild(el("span", "person-name", person.name));
        var extra = [person.birth ? word("born", { year: person.birth }) : "", person.home].filter(Boolean).join(" · ");
        if (extra) item.appendChild(el("span", "person-extra", extra));
        people.appendChild(item);
      });
      document.getElementById("story-summary").textContent = story.summary;
      var keywords = document.getElementById("story-keywords");
      keywords.textContent = "";
      story.keywords.forEach(function (k) { keywords.appendChild(el("li", "keyword", k)); });
    }

    function drawPhotos() {
      var box = document.getElementById("photos");
      box.textContent = "";
      document.getElementById("photos-section").hidden = !story.photos.length;
      story.photos.forEach(function (photo) {
        var figure = el("figure", "photo");
        var link = el("a");
        link.href = photo.src;
        var img = el("img");
        img.src = photo.src;
        img.alt = photo.caption;
        img.loading = "lazy";
        if (photo.width && photo.height) { img.width = photo.width; img.height = photo.height; }
        link.appendChild(img);
        figure.appendChild(link);
        if (photo.caption) figure.appendChild(el("figcaption", "", photo.caption));
        box.appendChild(figure);
      });
    }

    function drawChapters() {
      var box = document.getElementById("chapters");
      box.textContent = "";
      document.getElementById("chapters-section").hidden = !story.chapters.length;
      story.chapters.forEach(function (chapter) {
        var item = el("li", "chapter");
        var button = el("button", "chapter-button");
        button.type = "button";
        button.appendChild(el("span", "line-time", clock(chapter[0])));
        button.appendChild(el("span", "chapter-title", chapter[1]));
        if (chapter[2]) button.appendChild(el("span", "chapter-synopsis", chapter[2]));
        button.addEventListener("click", function () {
          if (!audio || chapter[0] === null) return;
          audio.currentTime = chapter[0];
          var started = audio.play();
          if (started && started.catch) started.catch(function () { /* not allowed yet */ });
        });
        item.appendChild(button);
        box.appendChild(item);
      });
    }

    function drawTierChoices() {
      var primary = document.getElementById("tier"), second = document.getElementById("second-tier");
      primary.textContent = "";
      second.textContent = "";
      second.appendChild(new Option(word("none"), "-1"));
      story.tiers.forEach(function (tier, n) {
        primary.appendChild(new Option(tier.label || tier.language || String(n + 1), String(n)));
        second.appendChild(new Option(tier.label || tier.language || String(n + 1), String(n)));
      });
      primary.value = String(state.tier);
      second.value = String(state.second);
      document.getElementById("tier-choices").hidden = story.tiers.length < 2;
    }

    function partnerLine(tier, line) {
      // the line of another tier spoken at the same moment (the one overlapping most)
      var best = null, overlap = 0;
      (story.tiers[tier] || { lines: [] }).lines.forEach(function (other) {
        if (line[0] === null || other[0] === null) return;
        var shared = Math.min(line[1] || line[0], other[1] || other[0]) - Math.max(line[0], other[0]);
        if (shared > overlap || (best === null && Math.abs(other[0] - line[0]) < 0.5)) { best = other; overlap = shared; }
      });
      return best;
    }

    function drawTranscript() {
      var box = document.getElementById("transcript");
      box.textContent = "";
      state.lines = [];
      state.active = -1;
      var tier = story.tiers[state.tier];
      document.getElementById("no-transcript").hidden = !!tier;
      if (!tier) return;
      tier.lines.forEach(function (line, n) {
        var row = el("li", "line");
        row.setAttribute("data-start", line[0] === null ? "" : String(line[0]));
        row.tabIndex = 0;
        if (line[0] !== null) row.appendChild(el("span", "line-time", clock(line[0])));
        var words = el("div", "line-words");
        if (line[2]) words.appendChild(el("span", "line-speaker", line[2]));
        words.appendChild(el("span", "line-text", line[3]));
        if (state.second >= 0 && state.second !== state.tier) {
          var partner = partnerLine(state.second, line);
          if (partner) words.appendChild(el("span", "line-second", partner[3]));
        }
        row.appendChild(words);
        function play() {
          if (line[0] === null || !audio) return;
          audio.currentTime = line[0];
          var started = audio.play();
          if (started && started.catch) started.catch(function () { /* no sound device, or not allowed yet */ });
          follow();
        }
        row.addEventListener("click", play);
        row.addEventListener("keydown", function (e) { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); play(); } });
        box.appendChild(row);
        state.lines.push({ start: line[0], end: line[1], node: row, index: n });
      });
      follow();
    }

    function follow() {
      if (!audio) return;
      var now = audio.currentTime, found = -1;
      for (var i = 0; i < state.lines.length; i++) {
        var line = state.lines[i];
        if (line.start === null) continue;
        if (line.start <= now + 0.05) found = i; else break;
      }
      if (found === state.active) return;
      if (state.active >= 0) state.lines[state.active].node.classList.remove("current");
      state.active = found;
      if (found >= 0) {
        var node = state.lines[found].node;
        node.classList.add("current");
        var box = node.getBoundingClientRect();
        if (box.top < 0 || box.bottom > window.innerHeight) node.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }

    if (audio) {
      audio.addEventListener("timeupdate", follow);
      audio.addEventListener("seeked", follow);
    } else {
      document.getElementById("no-audio").hidden = false;
    }
    document.getElementById("tier").addEventListener("change", function (e) { state.tier = Number(e.target.value); drawTranscript(); });
    document.getElementById("second-tier").addEventListener("change", function (e) { state.second = Number(e.target.value); drawTranscript(); });
    page.redraw = function () { drawHead(); drawChapters(); drawPhotos(); drawTierChoices(); drawTranscript(); };
    page.redraw();
    var start = /(?:^|[#&])t=([\d.]+)/.exec(location.hash);
    if (start && audio) {
      var seek = function () { audio.currentTime = Number(start[1]); follow(); };
      if (audio.readyState >= 1) seek(); else audio.addEventListener("loadedmetadata", seek, { once: true });
    }
    window.HV_PAGE = { follow: follow, state: state };
  }

  document.addEventListener("DOMContentLoaded", function () {
    languageButtons();
    if (window.HV_STORY) storyPage(); else frontPage();
    setLanguage(current);
  });
})();
