/* kg graph page: draws the JSON in #kg-data with vis-network.
 * Graph text (labels, aliases, sentences, file names) only ever reaches the DOM through
 * textContent, or through vis tooltips given plain strings (vis sets them with innerText). */
(function () {
  "use strict";

  var raw = JSON.parse(document.getElementById("kg-data").textContent);
  var LIST_CAP = 12;
  // Distinct curvature per relation keeps parallel and opposite edges apart without physics.
  var CURVES = {
    supplies: { type: "curvedCW", roundness: 0.12 },
    deploys: { type: "curvedCW", roundness: 0.3 },
    signed: { type: "curvedCCW", roundness: 0.12 },
    reports: { type: "curvedCCW", roundness: 0.3 },
  };
  var WIKIDATA_URL = /^https:\/\/www\.wikidata\.org\/wiki\/Q[0-9]+$/;
  var LAYOUT_BUDGET_MS = raw.large ? 1500 : 3000; // stabilisation stops after this long
  var FONT = "#222";
  var FONT_DIM = "#c8c8c8";
  var EDGE_FONT = "#555";

  var $ = function (id) { return document.getElementById(id); };
  var byId = new Map(raw.nodes.map(function (n) { return [n.id, n]; }));
  var edgeById = new Map(raw.edges.map(function (e) { return [e.id, e]; }));
  var classOn = new Set(Object.keys(raw.classes));
  var hiddenRels = new Set(raw.hiddenRelations || []);
  var relOn = new Set(Object.keys(raw.relations).filter(function (r) { return !hiddenRels.has(r); }));
  var certOn = new Set(["asserted", "hedged", "denied"]);
  var state = { frozen: false, selected: null, minEvidence: 1, evidenceUnit: "sentences",
    minDegree: 0, hideIsolated: true, focus: null, depth: 0, time: null, community: false };
  var PALETTE = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
    "#1f78b4", "#b2df8a", "#fb9a99", "#cab2d6", "#ff7f00"];
  var DASHES = { hedged: [8, 6], denied: [2, 4] };
  var visibleEdgeIds = new Set();
  var visibleNodeIds = new Set();

  function plural(n, word) { return n + " " + word + (n === 1 ? "" : "s"); }

  function el(tag, text, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    return node;
  }

  function labelOf(id) { var n = byId.get(id); return n ? n.label : id; }

  function nodeTitle(n) {
    var lines = [n.label, n.cls + " · " + plural(n.docs, "document")];
    if (n.aliases.length) lines.push("also: " + n.aliases.slice(0, 3).join(", ") +
      (n.aliasCount > 3 ? ", …" : ""));
    return lines.join("\n");
  }

  function edgeTitle(e) {
    return labelOf(e.from) + " — " + e.rel + " → " + labelOf(e.to) +
      (e.certainty !== "asserted" ? " (" + e.certainty + ")" : "") + "\n" +
      plural(e.evidenceCount, "evidence sentence") + " (click for details)";
  }

  function edgeColor(rel, opacity) {
    var c = raw.relColors[rel] || "#888";
    return { color: c, highlight: c, hover: c, opacity: opacity, inherit: false };
  }

  // Sizes from the whole graph's range, computed once here: vis's own value scaling would
  // rescale every node and edge on each filter change (the cost of a filter at 1,000 articles).
  function scaler(values, lo, hi) {
    var min = Math.min.apply(null, values.concat([0]));
    var max = Math.max.apply(null, values.concat([1]));
    return function (v) { return max > min ? lo + ((v - min) / (max - min)) * (hi - lo) : lo; };
  }
  var nodeSize = scaler(raw.nodes.map(function (n) { return n.value; }), 9, 34);
  var nodeFont = scaler(raw.nodes.map(function (n) { return n.value; }), 13, 20);
  var edgeWidth = scaler(raw.edges.map(function (e) { return Math.log2(1 + e.value); }), 1, 5);

  var nodes = new vis.DataSet(raw.nodes.map(function (n) {
    return { id: n.id, label: n.label, group: n.cls, cls: n.cls, size: nodeSize(n.value),
      font: { size: nodeFont(n.value) }, title: nodeTitle(n) };
  }));
  var edges = new vis.DataSet(raw.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, rel: e.rel, label: raw.large ? undefined : e.rel,
      width: edgeWidth(Math.log2(1 + e.value)),
      title: edgeTitle(e), color: edgeColor(e.rel, 1), dashes: DASHES[e.certainty] || false,
      // Large graphs: straight, unlabelled edges (the colour and tooltip name the relation);
      // curves and labels make each edge a filter re-adds several times dearer.
      smooth: raw.large ? false : Object.assign({ enabled: true }, CURVES[e.rel] || CURVES.supplies) };
  }));

  /* ---- what is shown: one pass over the edges, then the nodes ---- */

  function overlaps(ev, t) {
    return ev.from !== null && ev.from <= t[1] && (ev.to || ev.from) >= t[0];
  }

  function edgePasses(e) {
    if (!relOn.has(e.rel) || !certOn.has(e.certainty)) return false;
    if (!classOn.has(byId.get(e.from).cls) || !classOn.has(byId.get(e.to).cls)) return false;
    var support = state.evidenceUnit === "documents" ? e.docCount : e.evidenceCount;
    if (support < state.minEvidence) return false;
    if (state.time !== null && !e.evidence.some(function (ev) { return overlaps(ev, state.time); }))
      return false;
    return true;
  }

  function computeVisible() {
    var keep = raw.edges.filter(edgePasses);
    var degree = new Map();
    keep.forEach(function (e) {
      degree.set(e.from, (degree.get(e.from) || 0) + 1);
      degree.set(e.to, (degree.get(e.to) || 0) + 1);
    });
    var nodeOk = function (n) {
      if (!classOn.has(n.cls)) return false;
      var d = degree.get(n.id) || 0;
      if (d < state.minDegree) return false;
      return !(state.hideIsolated && d === 0 && n.id !== state.selected);
    };
    var ids = new Set(raw.nodes.filter(nodeOk).map(function (n) { return n.id; }));
    if (state.focus !== null && byId.has(state.focus)) {
      // "Expand from here": the focus and everything within state.depth steps of it.
      var reach = new Set([state.focus]);
      var frontier = [state.focus];
      for (var d = 0; d < state.depth; d++) {
        var next = [];
        keep.forEach(function (e) {
          if (frontier.indexOf(e.from) >= 0 && !reach.has(e.to)) { reach.add(e.to); next.push(e.to); }
          if (frontier.indexOf(e.to) >= 0 && !reach.has(e.from)) { reach.add(e.from); next.push(e.from); }
        });
        frontier = next;
      }
      ids = new Set(Array.from(reach).filter(function (id) { return ids.has(id) || id === state.focus; }));
    }
    visibleNodeIds = ids;
    visibleEdgeIds = new Set(keep.filter(function (e) { return ids.has(e.from) && ids.has(e.to); })
      .map(function (e) { return e.id; }));
  }
  computeVisible();

  var nodesView = new vis.DataView(nodes, { filter: function (n) { return visibleNodeIds.has(n.id); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return visibleEdgeIds.has(e.id); } });

  function groups() {
    var out = {};
    Object.keys(raw.styles).forEach(function (cls) {
      var s = raw.styles[cls];
      out[cls] = { shape: s.shape, color: { background: s.color, border: "#333",
        highlight: { background: s.color, border: "#000" },
        hover: { background: s.color, border: "#000" } } };
    });
    return out;
  }

  function physics() {
    if (raw.large) {
      // Barnes-Hut is O(n log n); a coarse theta and no overlap pass keep iterations cheap.
      return { solver: "barnesHut", minVelocity: 1.5,
        barnesHut: { gravitationalConstant: -6000, centralGravity: 0.4, springLength: 90,
          springConstant: 0.05, damping: 0.35, avoidOverlap: 0, theta: 0.9 },
        stabilization: { iterations: 400, updateInterval: 10, fit: true } };
    }
    return { solver: "forceAtlas2Based", minVelocity: 0.75,
      forceAtlas2Based: { gravitationalConstant: -90, centralGravity: 0.012, springLength: 130,
        springConstant: 0.06, damping: 0.5, avoidOverlap: 0.6 },
      stabilization: { iterations: 800, updateInterval: 20, fit: true } };
  }

  var options = {
    autoResize: true,
    groups: groups(),
    layout: { randomSeed: 7, improvedLayout: !raw.large },
    nodes: {
      shape: "dot", borderWidth: 1, borderWidthSelected: 3,
      scaling: { min: 9, max: 34, label: { enabled: true, min: 13, max: 20, drawThreshold: 7 } },
      font: { size: 14, color: FONT, strokeWidth: 4, strokeColor: "#ffffff",
        face: "system-ui, -apple-system, Segoe UI, Roboto, sans-serif" },
      widthConstraint: { maximum: 170 },
    },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.55 } },
      scaling: { min: 1, max: 5, label: { enabled: false, drawThreshold: 9 } },
      font: { size: 11, color: EDGE_FONT, strokeWidth: 3, strokeColor: "#ffffff", align: "middle" },
      selectionWidth: 2, hoverWidth: 0.5,
    },
    physics: physics(),
    interaction: { hover: true, tooltipDelay: 200, hideEdgesOnDrag: raw.large,
      hideEdgesOnZoom: raw.large, multiselect: false, navigationButtons: false, keyboard: false },
  };

  var network = new vis.Network($("kg-network"), { nodes: nodesView, edges: edgesView }, options);

  function setStatus(text) { $("kg-status").textContent = text; }

  function summaryText() {
    var n = nodesView.length;
    return n + (n === 1 ? " entity" : " entities") + " and " +
      plural(edgesView.length, "relation") + " shown";
  }

  function freeze() {
    if (state.frozen) return;
    state.frozen = true;
    // Freeze the layout: nodes then only move when dragged.
    network.setOptions({ physics: false });
    network.fit({ animation: false });
    window.kgStableMs = performance.now();
    window.kgStable = true;
    setStatus(summaryText() + ".");
  }

  var layoutStart = null;
  network.on("stabilizationProgress", function (p) {
    layoutStart = layoutStart === null ? performance.now() : layoutStart;
    setStatus("Laying out… " + Math.round((100 * p.iterations) / p.total) + "%");
    var engine = network.physics; // vis-network 9 internals: end the batch loop early
    if (performance.now() - layoutStart > LAYOUT_BUDGET_MS && engine &&
        typeof engine.stabilizationIterations === "number") {
      engine.targetIterations = engine.stabilizationIterations;
    }
  });
  network.once("stabilizationIterationsDone", freeze);
  if (raw.nodes.length === 0) freeze();

  /* ---- neighbourhood highlight ---- */

  function highlight(id) {
    // Above LARGE nodes the selection's own emphasis is enough: dimming thousands of items
    // would cost more than the 300 ms a click may take.
    if (raw.large) return;
    var keepNodes = new Set(id === null ? [] : network.getConnectedNodes(id).concat([id]));
    var keepEdges = new Set(id === null ? [] : network.getConnectedEdges(id));
    nodes.update(nodes.getIds().map(function (nid) {
      var on = id === null || keepNodes.has(nid);
      return { id: nid, opacity: on ? 1 : 0.18,
        font: { color: on ? FONT : FONT_DIM, size: nodeFont(byId.get(nid).value) } };
    }));
    edges.update(edges.get().map(function (e) {
      var on = id === null || keepEdges.has(e.id);
      // A dimmed edge drops its label entirely: a transparent label still paints its halo.
      return { id: e.id, color: edgeColor(e.rel, on ? 1 : 0.1),
        font: on ? { color: EDGE_FONT, strokeWidth: 3 }
          : { color: "rgba(0,0,0,0)", strokeWidth: 0 } };
    }));
  }

  /* ---- side panel ---- */

  function panel(children) {
    var body = $("kg-panel-body");
    body.replaceChildren.apply(body, children);
    $("kg-panel").hidden = false;
  }

  function closePanel() {
    $("kg-panel").hidden = true;
    $("kg-panel-body").replaceChildren();
  }

  function badge(text, color) {
    var b = el("span", text, "kg-type");
    b.style.background = color;
    return b;
  }

  function field(dl, name, value) {
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }

  function link(text, onClick) {
    var b = el("button", text, "kg-link");
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }

  function docOf(i) { return i >= 0 ? raw.docs[i] : null; }

  function when(ev) {
    if (!ev.from) return "undated";
    var span = ev.from === ev.to ? ev.from : ev.from + " – " + ev.to;
    return span + (ev.dateSource === "publication" ? " (publication date)" :
      ev.asWritten ? " (“" + ev.asWritten + "”)" : "");
  }

  function sourceName(ev) {
    // The claimant of the sentence, else the outlet, else the article itself.
    if (ev.by && ev.by.length) return ev.by.map(labelOf).join(", ");
    var d = docOf(ev.doc);
    return d ? (d.publisher || "article “" + (d.title || d.file) + "”") : "unknown source";
  }

  function certBadge(c) { return el("span", c, "kg-cert kg-cert-" + c); }

  // One evidence entry: source → sentence, the article (click: open it), date, certainty.
  function evidenceEntry(ev) {
    var box = el("div", null, "kg-ev");
    var head = el("div");
    head.appendChild(el("span", sourceName(ev), "kg-source"));
    head.appendChild(el("span", " → "));
    head.appendChild(certBadge(ev.certainty));
    box.appendChild(head);
    if (ev.statement) box.appendChild(el("p", "Claim: “" + ev.statement + "”", "kg-claim"));
    var sentence = ev.s >= 0 ? raw.sentences[ev.s] : null;
    if (sentence) box.appendChild(el("blockquote", sentence.text));
    var d = docOf(ev.doc);
    var cite = el("cite");
    if (d) {
      cite.appendChild(link(d.title || d.file, function () { openArticle(ev.doc, ev.s); }));
      cite.appendChild(el("span", " · " + (d.date || "no publication date") + " · " + d.file));
      if (d.url) {
        var a = el("a", " ↗ original");
        a.href = d.url; a.target = "_blank"; a.rel = "noopener noreferrer";
        cite.appendChild(a);
      }
    }
    box.appendChild(cite);
    box.appendChild(el("div", "When: " + when(ev), "kg-muted"));
    return box;
  }

  function relationLine(e, from) {
    var other = e.from === from ? e.to : e.from;
    var text = (e.from === from ? e.rel + " → " : "← " + e.rel + " — ") + labelOf(other) +
      " (" + plural(e.evidenceCount, "sentence") + (e.certainty !== "asserted" ? ", " + e.certainty : "") + ")";
    var li = el("li");
    li.appendChild(link(text, function () { focusEdge(e.id); }));
    return li;
  }

  function showNode(id) {
    var n = byId.get(id);
    if (!n) return;
    var dl = el("dl");
    field(dl, "Documents", n.docs);
    if (n.mentions !== null) field(dl, "Mentions", n.mentions);
    field(dl, "Relations", n.degree);
    if (n.aliases.length) {
      var extra = n.aliasCount - n.aliases.length;
      field(dl, "Aliases", n.aliases.join(", ") + (extra > 0 ? " (+" + extra + " not stored)" : ""));
    }
    if (n.wikidata && WIKIDATA_URL.test(n.wikidata)) {
      var a = el("a", n.wikidata.split("/").pop());
      a.href = n.wikidata;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      field(dl, "Wikidata", a);
    }
    field(dl, "IRI", n.id);
    // Every relation, shown or not (filters only change what is drawn): none is hidden here.
    var all = raw.edges.filter(function (e) { return e.from === id || e.to === id; });
    all.sort(function (a, b) { return RELATION_RANK(a.rel) - RELATION_RANK(b.rel) || b.evidenceCount - a.evidenceCount; });
    var list = el("ul", null, "kg-rel-list");
    all.forEach(function (e) { list.appendChild(relationLine(e, id)); });
    var claimsBy = raw.claims.filter(function (c) { return c.by.indexOf(id) >= 0; });
    var claimsAbout = raw.claims.filter(function (c) { return c.about.indexOf(id) >= 0 && c.by.indexOf(id) < 0; });
    var style = raw.styles[n.cls] || { color: "#888" };
    var parts = [el("h3", n.label), badge(n.cls, style.color), dl,
      el("h4", plural(all.length, "relation")), list];
    [["Claims by " + n.label, claimsBy], ["Claims about " + n.label, claimsAbout]].forEach(function (pair) {
      if (!pair[1].length) return;
      parts.push(el("h4", pair[0] + " (" + pair[1].length + ")"));
      var ul = el("ul", null, "kg-claim-list");
      pair[1].forEach(function (c) {
        var li = el("li");
        li.appendChild(link("“" + c.statement + "”", function () { showClaim(c); }));
        li.appendChild(certBadge(c.certainty));
        ul.appendChild(li);
      });
      parts.push(ul);
    });
    panel(parts);
  }

  function RELATION_RANK(rel) { var i = ["supplies", "deploys", "signed", "reports"].indexOf(rel); return i < 0 ? 9 : i; }

  function showClaim(c) {
    var parts = [el("h3", "Claim"), el("p", plural(c.figures.length, "figure"), "kg-muted"),
      evidenceEntry(c)];
    if (c.about.length) parts.push(el("p", "About: " + c.about.map(labelOf).join(", ")));
    c.figures.forEach(function (fi) { parts.push(el("p", figureText(raw.figures[fi]))); });
    panel(parts);
  }

  function figureText(f) {
    return f.text + " " + f.unit + (f.counted ? " (" + f.counted + ")" : "") +
      (f.conflicts.length ? " — conflicts with " + conflictNote(f, -1) : "");
  }

  // What a figure conflicts with, per conflict group (kg:FigureConflict): the group's other
  // figures by name when the group is small, else only how many — so the page stays linear.
  var CONFLICT_NAMES = 6;
  // at: the figure's index, to name the group's others; -1: counts only.
  function conflictNote(f, at) {
    return f.conflicts.map(function (gi) {
      var g = raw.conflicts[gi];
      var period = g.period ? " (" + g.period + ")" : "";
      if (at >= 0 && g.figures.length <= CONFLICT_NAMES) {
        return g.figures.filter(function (o) { return o !== at; }).map(function (o) {
          var of = raw.figures[o]; return of.text + " " + of.unit + " (" + sourceName(raw.claims[of.claim]) + ")";
        }).join("; ") + period;
      }
      return plural(g.figures.length - 1, "other figure") + " in this group" + period;
    }).join("; ");
  }

  function showEdge(eid) {
    var e = edgeById.get(eid);
    if (!e) return;
    var parts = [el("h3", labelOf(e.from) + " → " + labelOf(e.to)),
      badge(e.rel, raw.relColors[e.rel] || "#888"), certBadge(e.certainty),
      el("p", plural(e.evidenceCount, "evidence sentence") + " from " +
        plural(e.docCount, "document") + ", every one listed.", "kg-muted")];
    e.evidence.forEach(function (ev) { parts.push(evidenceEntry(ev)); });
    if (!e.evidenceCount) parts.push(el("p", "No evidence sentences recorded.", "kg-muted"));
    panel(parts);
  }

  /* ---- full-width views: article, figures, timeline, claims, export text ---- */

  function openView(children) {
    var body = $("kg-view-body");
    body.replaceChildren.apply(body, children);
    $("kg-view").hidden = false;
    $("kg-view").scrollTop = 0;
  }

  function closeView() { $("kg-view").hidden = true; $("kg-view-body").replaceChildren(); }

  // The article as kg knows it: every sentence kg read from it, in order, the chosen one marked.
  function openArticle(docIndex, sentenceIndex) {
    var d = raw.docs[docIndex];
    var parts = [el("h3", d.title || d.file)];
    var meta = [d.publisher, d.date || "no publication date", d.file].filter(Boolean).join(" · ");
    parts.push(el("p", meta, "kg-muted"));
    if (d.url) {
      var a = el("a", d.url);
      a.href = d.url; a.target = "_blank"; a.rel = "noopener noreferrer";
      parts.push(a);
    }
    if (typeof d.text === "string") {
      // The whole article, the sentence marked by its offsets; text nodes only.
      var s = sentenceIndex >= 0 ? raw.sentences[sentenceIndex] : null;
      var full = el("div", null, "kg-article kg-full");
      if (s && s.end > s.start && s.end <= d.text.length) {
        full.appendChild(document.createTextNode(d.text.slice(0, s.start)));
        full.appendChild(el("mark", d.text.slice(s.start, s.end), "kg-hit"));
        full.appendChild(document.createTextNode(d.text.slice(s.end)));
      } else full.textContent = d.text;
      parts.push(full);
      openView(parts);
      var mark = full.querySelector("mark");
      if (mark) mark.scrollIntoView({ block: "center" });
      return;
    }
    var body = el("div", null, "kg-article");
    var mine = [];
    raw.sentences.forEach(function (s, i) { if (s.doc === docIndex) mine.push(i); });
    mine.sort(function (a, b) { return raw.sentences[a].start - raw.sentences[b].start; });
    mine.forEach(function (i, k) {
      if (k > 0) body.appendChild(el("p", "…", "kg-gap"));
      var p = el("p");
      if (i === sentenceIndex) {
        var m = el("mark", raw.sentences[i].text, "kg-hit");
        p.appendChild(m);
      } else p.textContent = raw.sentences[i].text;
      body.appendChild(p);
    });
    parts.push(el("p", "The sentences kg read relations or claims from, in article order.", "kg-muted"));
    parts.push(body);
    openView(parts);
    var hit = body.querySelector("mark");
    if (hit) hit.scrollIntoView({ block: "center" });
  }

  function cell(tr, value, className) {
    var td = el("td", null, className);
    if (value instanceof Node) td.appendChild(value); else td.textContent = value === null || value === undefined ? "" : String(value);
    tr.appendChild(td);
    return td;
  }

  function table(header) {
    var t = el("table");
    var tr = el("tr");
    header.forEach(function (h) { tr.appendChild(el("th", h)); });
    t.appendChild(tr);
    return t;
  }

  function articleLink(ev) {
    var d = docOf(ev.doc);
    return d ? link(d.title || d.file, function () { openArticle(ev.doc, ev.s); }) : "";
  }

  // Figures: per subject and measure, every figure side by side; disagreeing ones flagged.
  function openFigures() {
    var groups = new Map();
    raw.figures.forEach(function (f, i) {
      var key = (f.subject ? labelOf(f.subject) : "subject not stated") + " — " + f.measure;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(i);
    });
    var keys = Array.from(groups.keys()).sort();
    var conflicts = raw.figures.filter(function (f) { return f.conflicts.length; }).length;
    var parts = [el("h3", "Figures"), el("p", plural(raw.figures.length, "figure") + " in " +
      plural(raw.claims.filter(function (c) { return c.figures.length; }).length, "claim") + "; " +
      conflicts + " disagree with another figure for the same subject, measure and period (" +
      plural(raw.conflicts.length, "conflict group") + ").", "kg-muted")];
    keys.forEach(function (key) {
      var rows = groups.get(key);
      var h = el("h3", key);
      h.className = "kg-fig-group";
      parts.push(h);
      var t = table(["value", "unit", "qualifier", "source", "certainty", "date", "article", "conflict"]);
      t.className = "kg-figures";
      rows.sort(function (a, b) { return (raw.figures[a].value || 0) - (raw.figures[b].value || 0); });
      rows.forEach(function (fi) {
        var f = raw.figures[fi];
        var c = raw.claims[f.claim];
        var tr = el("tr");
        tr.setAttribute("data-figure", String(fi));
        if (f.conflicts.length) tr.className = "kg-conflict";
        cell(tr, f.text, "kg-num");
        cell(tr, f.unit + (f.counted ? " (" + f.counted + ")" : ""));
        cell(tr, f.qualifier);
        cell(tr, sourceName(c));
        cell(tr, c.certainty);
        cell(tr, when(c));
        cell(tr, articleLink(c));
        cell(tr, f.conflicts.length ? "⚠ vs " + conflictNote(f, fi) : "",
          f.conflicts.length ? "kg-flag" : "");
        t.appendChild(tr);
      });
      parts.push(t);
    });
    if (!raw.figures.length) parts.push(el("p", "No figures were found in the claims.", "kg-muted"));
    openView(parts);
  }

  function describe(e) { return labelOf(e.from) + " " + e.rel + " " + labelOf(e.to); }

  // Every dated event and claim in date order (the time bar's brush narrows it too).
  function timelineRows() {
    var rows = [];
    raw.edges.forEach(function (e) {
      if (e.rel === "reports") return;
      e.evidence.forEach(function (ev) { rows.push({ ev: ev, what: describe(e), edge: e.id }); });
    });
    raw.claims.forEach(function (c) {
      rows.push({ ev: c, what: sourceName(c) + " " + (c.certainty === "denied" ? "denies" : "says") +
        ": “" + c.statement + "”", claim: c });
    });
    rows = rows.filter(function (r) { return r.ev.from && (state.time === null || overlaps(r.ev, state.time)); });
    rows.sort(function (a, b) { return a.ev.from < b.ev.from ? -1 : a.ev.from > b.ev.from ? 1 : a.what.localeCompare(b.what); });
    return rows;
  }

  function openTimeline() {
    var rows = timelineRows();
    var t = table(["date", "precision", "what", "certainty", "article"]);
    t.className = "kg-timeline";
    rows.forEach(function (r) {
      var tr = el("tr");
      cell(tr, when(r.ev));
      cell(tr, r.ev.precision || "");
      cell(tr, link(r.what, function () { if (r.edge) focusEdge(r.edge); else showClaim(r.claim); }));
      cell(tr, r.ev.certainty);
      cell(tr, articleLink(r.ev));
      t.appendChild(tr);
    });
    var undated = raw.claims.filter(function (c) { return !c.from; }).length;
    openView([el("h3", "What happened when"), el("p", plural(rows.length, "dated event and claim") +
      " in date order" + (state.time ? " within the selected dates" : "") + "; " + undated +
      " claims have no date (their article has no publication date and the sentence names none).", "kg-muted"), t]);
  }

  function openClaims() {
    var t = table(["source", "statement", "certainty", "date", "article"]);
    raw.claims.forEach(function (c) {
      var tr = el("tr");
      cell(tr, sourceName(c));
      cell(tr, link(c.statement || "(no statement)", function () { showClaim(c); }));
      cell(tr, c.certainty);
      cell(tr, when(c));
      cell(tr, articleLink(c));
      t.appendChild(tr);
    });
    openView([el("h3", plural(raw.claims.length, "claim")), t]);
  }

  function selectNode(id) {
    state.selected = id;
    if (!visibleNodeIds.has(id)) applyFilters(); // a hidden (e.g. edgeless) node is shown while selected
    if (visibleNodeIds.has(id)) {
      network.selectNodes([id]);
      highlight(id);
    }
    showNode(id);
  }

  // Focus one edge from a panel: make sure it is drawn (its relation and certainty on), select it.
  function focusEdge(eid) {
    var e = edgeById.get(eid);
    if (!e) return;
    var changed = false;
    if (!relOn.has(e.rel)) { relOn.add(e.rel); changed = true; var r = $("kg-filter-rel-" + e.rel); if (r) r.checked = true; }
    if (!certOn.has(e.certainty)) { certOn.add(e.certainty); changed = true; var c = $("kg-filter-cert-" + e.certainty); if (c) c.checked = true; }
    if (changed || !visibleEdgeIds.has(eid)) applyFilters();
    if (visibleEdgeIds.has(eid)) {
      network.selectEdges([eid]);
      network.focus(e.from, { scale: Math.max(network.getScale(), 0.8), animation: false });
    }
    showEdge(eid);
  }

  function clearSelection() {
    state.selected = null;
    network.unselectAll();
    highlight(null);
    closePanel();
  }

  network.on("click", function (params) {
    if (params.nodes.length) selectNode(params.nodes[0]);
    else if (params.edges.length) {
      state.selected = null;
      highlight(null);
      showEdge(params.edges[0]);
    } else clearSelection();
  });

  /* ---- filters ---- */

  function keepPositions(before) {
    // Nodes a filter removes must come back where they were, not at random: their last
    // position goes into the data set, as they leave (not every node on every change).
    var leaving = Array.from(before).filter(function (id) { return !visibleNodeIds.has(id); });
    if (!leaving.length) return;
    var pos = network.getPositions(leaving);
    nodes.update(leaving.filter(function (id) { return pos[id]; })
      .map(function (id) { return { id: id, x: pos[id].x, y: pos[id].y }; }));
  }

  function applyFilters() {
    var t0 = performance.now();
    var before = visibleNodeIds;
    computeVisible();
    if (state.frozen) keepPositions(before);
    var t1 = performance.now();
    var t2 = performance.now();
    nodesView.refresh();
    var t3 = performance.now();
    edgesView.refresh();
    window.kgFilterParts = [t1 - t0, t2 - t1, performance.now() - t3, t3 - t2];
    if (state.selected !== null && visibleNodeIds.has(state.selected)) highlight(state.selected);
    if (state.frozen) setStatus(summaryText() + ".");
    window.kgLastFilterMs = performance.now() - t0;
  }

  function numberInput(id, key, min) {
    $(id).addEventListener("input", function () {
      var v = parseInt($(id).value, 10);
      state[key] = isNaN(v) ? min : Math.max(min, v);
      applyFilters();
    });
  }
  numberInput("kg-min-evidence", "minEvidence", 1);
  numberInput("kg-min-degree", "minDegree", 0);
  $("kg-evidence-unit").addEventListener("change", function () {
    state.evidenceUnit = $("kg-evidence-unit").value;
    applyFilters();
  });
  $("kg-hide-isolated").addEventListener("change", function () {
    state.hideIsolated = $("kg-hide-isolated").checked;
    applyFilters();
  });
  document.querySelectorAll("input[data-cert]").forEach(function (input) {
    input.addEventListener("change", function () {
      var key = input.getAttribute("data-cert");
      if (input.checked) certOn.add(key); else certOn.delete(key);
      applyFilters();
    });
  });

  /* ---- expand from here ---- */

  function expandFrom(id) {
    if (state.focus !== id) { state.focus = id; state.depth = 1; } else state.depth += 1;
    applyFilters();
    $("kg-expand").textContent = "Expand (" + plural(state.depth, "step") + ")";
    network.fit({ animation: false });
  }
  $("kg-expand").addEventListener("click", function () {
    var id = state.selected;
    if (id === null) { setStatus("Select or search an entity first."); return; }
    expandFrom(id);
  });
  $("kg-show-all").addEventListener("click", function () {
    state.focus = null; state.depth = 0;
    $("kg-expand").textContent = "Expand from here";
    applyFilters();
    network.fit({ animation: false });
  });

  /* ---- colour by community ---- */

  function nodeColor(n) {
    if (!state.community) return undefined;
    var c = n.community < PALETTE.length ? PALETTE[n.community] : "#bbbbbb";
    return { background: c, border: "#333", highlight: { background: c, border: "#000" },
      hover: { background: c, border: "#000" } };
  }
  $("kg-color-community").addEventListener("change", function () {
    state.community = $("kg-color-community").checked;
    nodes.update(raw.nodes.map(function (n) { return { id: n.id, color: nodeColor(n) || null }; }));
  });

  $("kg-relayout").addEventListener("click", function () {
    state.frozen = false;
    window.kgStable = false;
    network.setOptions({ physics: physics() });
    network.stabilize(raw.large ? 150 : 400);
    network.once("stabilizationIterationsDone", freeze);
  });

  function bindFilter(input, set, key) {
    input.addEventListener("change", function () {
      if (input.checked) set.add(key); else set.delete(key);
      applyFilters();
    });
  }

  document.querySelectorAll("input[data-class]").forEach(function (input) {
    bindFilter(input, classOn, input.getAttribute("data-class"));
  });
  document.querySelectorAll("input[data-rel]").forEach(function (input) {
    bindFilter(input, relOn, input.getAttribute("data-rel"));
  });

  /* ---- search ---- */

  var index = raw.nodes.map(function (n) {
    return { node: n, label: n.label.toLocaleLowerCase(),
      aliases: n.aliases.map(function (a) { return a.toLocaleLowerCase(); }) };
  });

  function findNode(query) {
    var q = query.trim().toLocaleLowerCase();
    if (!q) return null;
    // Exact label, exact alias, label prefix, label substring, alias substring.
    var tiers = [[], [], [], [], []];
    index.forEach(function (it) {
      if (it.label === q) tiers[0].push(it.node);
      else if (it.aliases.indexOf(q) >= 0) tiers[1].push(it.node);
      else if (it.label.indexOf(q) === 0) tiers[2].push(it.node);
      else if (it.label.indexOf(q) > 0) tiers[3].push(it.node);
      else if (it.aliases.some(function (a) { return a.indexOf(q) >= 0; })) tiers[4].push(it.node);
    });
    for (var i = 0; i < tiers.length; i++) {
      if (tiers[i].length) {
        tiers[i].sort(function (a, b) { return b.docs - a.docs || a.label.localeCompare(b.label); });
        return tiers[i][0];
      }
    }
    return null;
  }

  function search(query) {
    var msg = $("kg-search-msg");
    var n = findNode(query);
    if (!n) {
      msg.textContent = query.trim() ? "No entity matches “" + query.trim() + "”." : "";
      return null;
    }
    if (!classOn.has(n.cls)) {
      // A hit in a hidden class turns that class back on rather than failing silently.
      var filter = $("kg-filter-class-" + n.cls);
      if (filter) filter.checked = true;
      classOn.add(n.cls);
      applyFilters();
    }
    var t0 = performance.now();
    if (state.focus !== null && state.focus !== n.id) state.focus = n.id; // expand from the hit
    selectNode(n.id);
    if (visibleNodeIds.has(n.id)) {
      network.focus(n.id, { scale: Math.max(network.getScale(), 1.2),
        animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    }
    msg.textContent = "Found " + n.label + " (" + n.cls + ").";
    window.kgLastSearchMs = performance.now() - t0;
    return n.id;
  }

  var datalist = $("kg-search-list");
  var seen = new Set();
  raw.nodes.forEach(function (n) {
    [n.label].concat(n.aliases).forEach(function (name) {
      if (seen.has(name)) return;
      seen.add(name);
      var opt = document.createElement("option");
      opt.value = name;
      datalist.appendChild(opt);
    });
  });

  var box = $("kg-search");
  var lastQuery = null;
  function searchOnce() {
    // Enter and the datalist both fire: search each distinct query once.
    if (box.value === lastQuery) return;
    lastQuery = box.value;
    search(box.value);
  }
  box.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") { ev.preventDefault(); lastQuery = null; searchOnce(); }
  });
  box.addEventListener("change", searchOnce);

  $("kg-fit").addEventListener("click", function () { network.fit({ animation: true }); });
  $("kg-reset").addEventListener("click", clearSelection);
  $("kg-panel-close").addEventListener("click", clearSelection);
  $("kg-view-close").addEventListener("click", closeView);
  $("kg-open-figures").addEventListener("click", openFigures);
  $("kg-open-timeline").addEventListener("click", openTimeline);
  $("kg-open-claims").addEventListener("click", openClaims);

  /* ---- time bar: events per day, week or month; drag to filter by date ---- */

  var DAY_MS = 86400000;
  var SVG_NS = "http://www.w3.org/2000/svg";
  function dayOf(iso) { return Math.floor(Date.parse(iso + "T00:00:00Z") / DAY_MS); }
  function isoOf(day) { return new Date(day * DAY_MS).toISOString().slice(0, 10); }
  var dated = [];
  raw.edges.forEach(function (e) {
    if (e.rel !== "reports") e.evidence.forEach(function (ev) { if (ev.from) dated.push(dayOf(ev.from)); });
  });
  raw.claims.forEach(function (c) { if (c.from) dated.push(dayOf(c.from)); });
  var bar = { lo: 0, hi: 0, bucket: 1, counts: [] };
  if (dated.length) {
    bar.lo = Math.min.apply(null, dated);
    bar.hi = Math.max.apply(null, dated);
    var span = bar.hi - bar.lo + 1;
    bar.bucket = span <= 90 ? 1 : span <= 730 ? 7 : 30;
    bar.unit = bar.bucket === 1 ? "day" : bar.bucket === 7 ? "week" : "month";
    bar.lo -= bar.bucket === 7 ? ((bar.lo + 3) % 7 + 7) % 7 : 0; // weeks start on Monday
    bar.counts = new Array(Math.floor((bar.hi - bar.lo) / bar.bucket) + 1).fill(0);
    dated.forEach(function (d) { bar.counts[Math.floor((d - bar.lo) / bar.bucket)] += 1; });
  }

  function svg(tag, attrs) {
    var node = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    return node;
  }

  function drawTimebar() {
    var root = $("kg-timebar-svg");
    root.replaceChildren();
    if (!bar.counts.length) {
      $("kg-timebar-label").textContent = "No dated events or claims.";
      return;
    }
    var w = root.clientWidth || 800;
    var h = 48;
    var max = Math.max.apply(null, bar.counts);
    var bw = w / bar.counts.length;
    bar.counts.forEach(function (c, i) {
      var bh = c ? Math.max(2, (h * c) / max) : 0;
      var start = bar.lo + i * bar.bucket;
      var on = state.time === null || (isoOf(start) <= state.time[1] && isoOf(start + bar.bucket - 1) >= state.time[0]);
      var r = svg("rect", { x: i * bw + 0.5, y: h - bh, width: Math.max(1, bw - 1), height: bh,
        fill: on ? "#1F618D" : "#c9d6e0", "data-from": isoOf(start) });
      var tip = svg("title", {});
      tip.textContent = isoOf(start) + (bar.bucket > 1 ? " (" + bar.unit + ")" : "") + ": " + c;
      r.appendChild(tip);
      root.appendChild(r);
    });
    var axis = [[0, "start"], [w, "end"]];
    [isoOf(bar.lo), isoOf(bar.hi)].forEach(function (t, k) {
      var label = svg("text", { x: axis[k][0], y: 62, "font-size": 11, fill: "#666", "text-anchor": axis[k][1] });
      label.textContent = t;
      root.appendChild(label);
    });
    $("kg-timebar-label").textContent = (state.time === null ? "All dates" : state.time[0] + " – " + state.time[1]) +
      " · " + dated.length + " dated events and claims per " + bar.unit + "; drag across the bars to filter";
    $("kg-timebar-clear").hidden = state.time === null;
  }

  function setTimeRange(from, to) {
    state.time = from === null ? null : [from, to];
    applyFilters();
    drawTimebar();
  }

  (function brush() {
    var root = $("kg-timebar-svg");
    var startX = null;
    function dayAt(x) {
      var w = root.clientWidth || 800;
      var i = Math.min(bar.counts.length - 1, Math.max(0, Math.floor((x / w) * bar.counts.length)));
      return bar.lo + i * bar.bucket;
    }
    root.addEventListener("mousedown", function (ev) { startX = ev.offsetX; });
    root.addEventListener("mouseup", function (ev) {
      if (startX === null || !bar.counts.length) return;
      var a = dayAt(Math.min(startX, ev.offsetX));
      var b = dayAt(Math.max(startX, ev.offsetX)) + bar.bucket - 1;
      startX = null;
      setTimeRange(isoOf(a), isoOf(b));
    });
    $("kg-timebar-clear").addEventListener("click", function () { setTimeRange(null); });
    window.addEventListener("resize", drawTimebar);
  })();
  drawTimebar();

  /* ---- export the shown graph ---- */

  var SAFE_IRI = /^[^<>"{}|^`\\\s]+$/;
  function xml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }[c];
    }).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, "");
  }
  function csvCell(v) {
    var t = String(v === null || v === undefined ? "" : v);
    if (/^[=+\-@\t\r]/.test(t)) t = "'" + t; // no formula runs when the file opens in a spreadsheet
    return /[",\n\r]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }
  function shownNodes() { return raw.nodes.filter(function (n) { return visibleNodeIds.has(n.id); }); }
  function shownEdges() { return raw.edges.filter(function (e) { return visibleEdgeIds.has(e.id); }); }

  var exporters = {
    png: function () { return network.canvas.frame.canvas.toDataURL("image/png"); },
    graphml: function () {
      var out = ['<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        '<key id="label" for="node" attr.name="label" attr.type="string"/>',
        '<key id="class" for="node" attr.name="class" attr.type="string"/>',
        '<key id="community" for="node" attr.name="community" attr.type="int"/>',
        '<key id="rel" for="edge" attr.name="relation" attr.type="string"/>',
        '<key id="sentences" for="edge" attr.name="sentences" attr.type="int"/>',
        '<key id="documents" for="edge" attr.name="documents" attr.type="int"/>',
        '<key id="certainty" for="edge" attr.name="certainty" attr.type="string"/>',
        '<graph id="kg" edgedefault="directed">'];
      shownNodes().forEach(function (n) {
        out.push('<node id="' + xml(n.id) + '"><data key="label">' + xml(n.label) +
          '</data><data key="class">' + xml(n.cls) + '</data><data key="community">' + n.community + "</data></node>");
      });
      shownEdges().forEach(function (e) {
        out.push('<edge id="' + xml(e.id) + '" source="' + xml(e.from) + '" target="' + xml(e.to) +
          '"><data key="rel">' + xml(e.rel) + '</data><data key="sentences">' + e.evidenceCount +
          '</data><data key="documents">' + e.docCount + '</data><data key="certainty">' + xml(e.certainty) + "</data></edge>");
      });
      out.push("</graph>", "</graphml>");
      return out.join("\n");
    },
    csv: function () {
      var rows = [["source", "source_class", "relation", "target", "target_class", "sentences", "documents", "certainty", "source_iri", "target_iri"]];
      shownEdges().forEach(function (e) {
        var a = byId.get(e.from), b = byId.get(e.to);
        rows.push([a.label, a.cls, e.rel, b.label, b.cls, e.evidenceCount, e.docCount, e.certainty, e.from, e.to]);
      });
      return rows.map(function (r) { return r.map(csvCell).join(","); }).join("\r\n") + "\r\n";
    },
    sparql: function () {
      var direct = [], reports = [];
      shownEdges().forEach(function (e) {
        if (!SAFE_IRI.test(e.from) || !SAFE_IRI.test(e.to)) return;
        if (e.rel === "reports") reports.push("(<" + e.from + "> <" + e.to + ">)");
        else direct.push("(<" + e.from + "> kg:" + e.rel + " <" + e.to + ">)");
      });
      var ids = shownNodes().filter(function (n) { return SAFE_IRI.test(n.id); })
        .map(function (n) { return "<" + n.id + ">"; });
      // Empty VALUES blocks are left out: some engines (rdflib) reject them.
      var where = ["  { VALUES ?n { " + ids.join(" ") + " } ?n a ?cls ; rdfs:label ?label . }"];
      if (direct.length) where.push("  UNION { VALUES (?s ?p ?o) { " + direct.join(" ") + " } ?s ?p ?o . }");
      if (reports.length) {
        where.push("  UNION { VALUES (?c ?a) { " + reports.join(" ") +
          " } ?c kg:reports ?claim . ?claim kg:about ?a . }");
      }
      return ["# The graph shown on the kg page: its entities with their labels and classes, and",
        "# its relations (claims: claimant kg:reports claim kg:about entity). Run it on graph.ttl.",
        "PREFIX kg: <https://example.org/kg/ontology#>",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
        "CONSTRUCT {", "  ?n a ?cls ; rdfs:label ?label .", "  ?s ?p ?o .",
        "  ?c kg:reports ?claim . ?claim kg:about ?a .", "} WHERE {"].concat(where, ["}"])
        .join("\n") + "\n";
    },
  };

  function download(name, url) {
    var a = document.createElement("a");
    a.href = url;
    a.download = name;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  function downloadText(name, type, text) {
    var url = URL.createObjectURL(new Blob([text], { type: type }));
    download(name, url);
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }
  $("kg-export-png").addEventListener("click", function () { download("kg-view.png", exporters.png()); });
  $("kg-export-graphml").addEventListener("click", function () {
    downloadText("kg-view.graphml", "application/graphml+xml", exporters.graphml());
  });
  $("kg-export-csv").addEventListener("click", function () {
    downloadText("kg-view.csv", "text/csv", exporters.csv());
  });
  $("kg-export-sparql").addEventListener("click", function () {
    var text = exporters.sparql();
    var area = el("textarea");
    area.value = text;
    area.readOnly = true;
    var save = link("Save as kg-view.rq", function () { downloadText("kg-view.rq", "application/sparql-query", text); });
    openView([el("h3", "SPARQL CONSTRUCT for the shown graph"), save, area]);
  });

  // Handles for tests and the console.
  window.kgNetwork = network;
  window.kgData = { nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    raw: raw };
  window.kgSearch = search;
  window.kgSelect = selectNode;
  window.kgShowEdge = showEdge;
  window.kgFocusEdge = focusEdge;
  window.kgOpenArticle = openArticle;
  window.kgOpenFigures = openFigures;
  window.kgOpenTimeline = openTimeline;
  window.kgExport = exporters;
  window.kgSetTime = setTimeRange;
  window.kgApplyFilters = applyFilters;
  window.kgState = state;
  window.kgVisible = function () { return { nodes: Array.from(visibleNodeIds), edges: Array.from(visibleEdgeIds) }; };
})();
