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
  var LAYOUT_BUDGET_MS = 3000; // stabilisation stops after this long, whatever the size
  var FONT = "#222";
  var FONT_DIM = "#c8c8c8";
  var EDGE_FONT = "#555";

  var $ = function (id) { return document.getElementById(id); };
  var byId = new Map(raw.nodes.map(function (n) { return [n.id, n]; }));
  var edgeById = new Map(raw.edges.map(function (e) { return [e.id, e]; }));
  var classOn = new Set(Object.keys(raw.classes));
  var relOn = new Set(Object.keys(raw.relations));
  var state = { frozen: false, selected: null };

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
    return labelOf(e.from) + " — " + e.rel + " → " + labelOf(e.to) + "\n" +
      plural(e.evidenceCount, "evidence sentence") + " (click for details)";
  }

  function edgeColor(rel, opacity) {
    var c = raw.relColors[rel] || "#888";
    return { color: c, highlight: c, hover: c, opacity: opacity, inherit: false };
  }

  var nodes = new vis.DataSet(raw.nodes.map(function (n) {
    return { id: n.id, label: n.label, group: n.cls, cls: n.cls, value: n.value,
      title: nodeTitle(n) };
  }));
  var edges = new vis.DataSet(raw.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, rel: e.rel, label: e.rel, value: e.value,
      title: edgeTitle(e), color: edgeColor(e.rel, 1),
      smooth: Object.assign({ enabled: true }, CURVES[e.rel] || CURVES.supplies) };
  }));
  var nodesView = new vis.DataView(nodes, { filter: function (n) { return classOn.has(n.cls); } });
  var edgesView = new vis.DataView(edges, { filter: function (e) { return relOn.has(e.rel); } });

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
    var keepNodes = new Set(id === null ? [] : network.getConnectedNodes(id).concat([id]));
    var keepEdges = new Set(id === null ? [] : network.getConnectedEdges(id));
    nodes.update(nodes.getIds().map(function (nid) {
      var on = id === null || keepNodes.has(nid);
      return { id: nid, opacity: on ? 1 : 0.18, font: { color: on ? FONT : FONT_DIM } };
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

  function more(shown, total) {
    return total > shown ? el("p", "… and " + (total - shown) + " more", "kg-muted") : null;
  }

  function field(dl, name, value) {
    dl.appendChild(el("dt", name));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
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
      field(dl, "Aliases", n.aliases.join(", ") + (extra > 0 ? " … and " + extra + " more" : ""));
    }
    if (n.wikidata && WIKIDATA_URL.test(n.wikidata)) {
      var a = el("a", n.wikidata.split("/").pop());
      a.href = n.wikidata;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      field(dl, "Wikidata", a);
    }
    field(dl, "IRI", n.id);
    var links = network.getConnectedEdges(id).map(function (eid) { return edgeById.get(eid); });
    var list = el("ul");
    links.slice(0, LIST_CAP).forEach(function (e) {
      list.appendChild(el("li", labelOf(e.from) + " — " + e.rel + " → " + labelOf(e.to)));
    });
    var style = raw.styles[n.cls] || { color: "#888" };
    panel([el("h3", n.label), badge(n.cls, style.color), dl,
      links.length ? el("h4", "Shown relations") : el("p", "No shown relations.", "kg-muted"),
      list, more(Math.min(links.length, LIST_CAP), links.length)].filter(Boolean));
  }

  function showEdge(eid) {
    var e = edgeById.get(eid);
    if (!e) return;
    var parts = [el("h3", labelOf(e.from) + " → " + labelOf(e.to)),
      badge(e.rel, raw.relColors[e.rel] || "#888"),
      el("p", plural(e.evidenceCount, "evidence sentence") + " from " +
        plural(e.docCount, "document") + ".", "kg-muted")];
    e.evidence.forEach(function (ev) {
      if (ev.statement) parts.push(el("p", "Claim: “" + ev.statement + "”", "kg-claim"));
      if (ev.sentence) parts.push(el("blockquote", ev.sentence));
      if (ev.file) parts.push(el("cite", ev.file));
    });
    if (!e.evidenceCount) parts.push(el("p", "No evidence sentences recorded.", "kg-muted"));
    parts.push(more(e.evidence.length, e.evidenceCount));
    panel(parts.filter(Boolean));
  }

  function selectNode(id) {
    state.selected = id;
    network.selectNodes([id]);
    highlight(id);
    showNode(id);
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

  function keepPositions() {
    // Nodes re-added by a filter must come back where they were, not at random.
    var pos = network.getPositions();
    nodes.update(Object.keys(pos).map(function (id) { return { id: id, x: pos[id].x, y: pos[id].y }; }));
  }

  function applyFilters() {
    keepPositions();
    nodesView.refresh();
    edgesView.refresh();
    if (state.selected !== null && !nodesView.get(state.selected)) clearSelection();
    else if (state.selected !== null) highlight(state.selected);
    if (state.frozen) setStatus(summaryText() + ".");
  }

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
    selectNode(n.id);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.2),
      animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    msg.textContent = "Found " + n.label + " (" + n.cls + ").";
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

  // Handles for tests and the console.
  window.kgNetwork = network;
  window.kgData = { nodes: nodes, edges: edges, nodesView: nodesView, edgesView: edgesView,
    raw: raw };
  window.kgSearch = search;
  window.kgSelect = selectNode;
  window.kgShowEdge = showEdge;
})();
