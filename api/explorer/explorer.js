/* The explorer's core: the API, labels from the ontology, and the vis-network canvas. The panels
   (panels.js) render details, tables and paths on top of window.okg. No build step, no network
   beyond this server. */
"use strict";
(() => {
  const I18N = window.OKG_I18N;
  const GROUPS = [  // ontology classes that colour nodes, most specific first
    ["LawEnforcementInspection", "#d64545"], ["OversightActivity", "#f0b429"], ["Law", "#2f6fdf"],
    ["Organ", "#3ebd93"], ["Report", "#7b61ff"], ["AdministrativeArea", "#8d6e63"],
    ["Issue", "#e668a7"], ["Statistic", "#9aa5b1"], ["Deputy", "#00a3bf"],
  ];
  const OTHER = "#bcccdc";
  const EXPAND_STEP = 40;  // neighbours added per expansion; "show 40 more" adds the next ones
  const state = { lang: localStorage.getItem("okg-lang") || "zh", classes: {}, properties: {}, hiddenGroups: new Set(),
                  years: {}, facts: {}, labels: {}, year: "", pending: [] };
  const $ = (sel) => document.querySelector(sel);
  const t = (key, vars = {}) => (I18N[state.lang][key] || key).replace(/\{(\w+)\}/g, (_, k) => vars[k]);
  const enc = encodeURIComponent;
  const esc = (s) => String(s ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

  // The API key (when the server has one) is asked for once and kept for this tab's session.
  const KEY = "okg-api-key";
  async function api(path) {
    const headers = { Accept: "application/json" };
    if (sessionStorage.getItem(KEY)) headers["X-API-Key"] = sessionStorage.getItem(KEY);
    const response = await fetch(path, { headers });
    if (response.status === 401) {
      if (sessionStorage.getItem(KEY) && sessionStorage.getItem(KEY) !== headers["X-API-Key"]) return api(path);
      const key = window.prompt(t("apiKey"));
      if (key) {
        sessionStorage.setItem(KEY, key.trim());
        return api(path);
      }
    }
    const body = await response.json().catch(() => ({ detail: response.statusText }));
    if (!response.ok) throw Object.assign(new Error(body.detail || response.statusText), { status: response.status });
    return body;
  }
  function status(message, isError = false) {
    const bar = $("#status");
    bar.textContent = message;
    bar.classList.toggle("error", isError);
  }
  const fail = (err) => status((err.status === 501 ? t("notAvailable") : "") + err.message, true);

  // --- types, colours and labels, all from the ontology's zh/en labels ---
  function group(types) {
    const all = new Set(types || []);
    for (const cls of types || []) (state.classes[cls]?.superclasses || []).forEach((s) => all.add(s));
    return GROUPS.find(([name]) => all.has(name))?.[0] || "other";
  }
  const colour = (g) => (GROUPS.find(([name]) => name === g) || [null, OTHER])[1];
  const termLabel = (term, fallback) => (term && ((state.lang === "zh" ? term.label_zh : term.label_en) || term.label_en)) || fallback;
  function classLabel(name) {
    if (name === "other") return state.lang === "zh" ? "其他" : "Other";
    return termLabel(state.classes[name], name);
  }
  const propLabel = (name) => termLabel(state.properties[name], name);
  /* A law's level or catalog category as the graph states it (法律, 地方性法规, 宪法相关法 …): in English,
     the level class's English label from the ontology, else the UI strings' (term_…). */
  function lawTerm(value) {
    if (!value || state.lang === "zh") return value || "";
    const level = Object.values(state.classes).find((c) => c.label_zh === value && (c.superclasses || []).includes("Law"));
    return level?.label_en || I18N.en["term_" + value] || value;
  }
  const mostSpecific = (types) => (types || []).find((c) => !(types || []).some(
    (o) => o !== c && (state.classes[o]?.superclasses || []).includes(c))) || (types || [])[0];
  /* A fact without a label reads from its properties: an activity as kind · subject · year,
     a statistic as measure value unit · year. */
  function factLabel(types, p) {
    if (!p) return classLabel(mostSpecific(types));
    if ((types || []).includes("Statistic")) {
      return [p.measure, p.value !== undefined && p.value !== null ? `${p.value}${p.unit || ""}` : null, p.year]
        .filter((x) => x !== null && x !== undefined && x !== "").join(" · ") || classLabel("Statistic");
    }
    return [classLabel(p.kind || mostSpecific(types)), p.subject, p.year].filter(Boolean).join(" · ");
  }
  /* A fact's labels in both languages, as the builder writes them (执法检查 · … and Law-enforcement
     inspection · …: the English one starts with an ASCII letter). */
  function learnLabels(iri, labels) {
    const list = (Array.isArray(labels) ? labels : [labels]).filter(Boolean);
    const english = (s) => /^[\x00-\x7F]/.test(s);
    if (list.some(english) && list.some((s) => !english(s))) state.labels[iri] = { zh: list.find((s) => !english(s)), en: list.find(english) };
  }
  const nodeLabel = (node) => (state.labels[node.iri] || {})[state.lang] || node.label || factLabel(node.types, state.facts[node.iri]);
  const shortLabel = (s) => (s && s.length > 16 ? s.slice(0, 15) + "…" : s || "?");

  // --- the canvas ---
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const visible = (node) => !state.hiddenGroups.has(node.group) &&
    (!state.year || state.years[node.id] === undefined || String(state.years[node.id]) === state.year);
  const nodeView = new vis.DataView(nodes, { filter: visible });
  const font = getComputedStyle(document.documentElement).fontFamily;
  const network = new vis.Network($("#graph"), { nodes: nodeView, edges }, {
    nodes: { shape: "dot", size: 12, font: { face: font, size: 13, background: "rgba(255,255,255,0.85)" } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#9fb3c8" },
             font: { face: font, size: 10, color: "#616e7c", strokeWidth: 0 }, smooth: { type: "continuous" } },
    physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 160, gravitationalConstant: -6000, avoidOverlap: 0.6 } },
    interaction: { hover: true, tooltipDelay: 200 },
  });

  function addNode(node, extra = {}) {
    const g = group(node.types);
    const item = { id: node.iri, label: shortLabel(nodeLabel(node)), title: nodeLabel(node) + "\n" + node.iri,
                   named: Boolean(node.label), rawLabel: node.label || null, group: g, types: node.types || [],
                   color: { background: colour(g), border: "#fff" }, ...extra };
    nodes.update(item);
    return item;
  }
  const edgeItem = (e) => ({ id: `${e.source}|${e.type}|${e.target}`, from: e.source, to: e.target, type: e.type,
                             label: propLabel(e.type), title: propLabel(e.type) });
  const EDGE_LABELS_UP_TO = 40;  // more edges than this: their names only on hover, the canvas stays legible
  let edgeLabels = true;
  edges.on("*", () => {
    if ((edges.length <= EDGE_LABELS_UP_TO) === edgeLabels) return;
    edgeLabels = !edgeLabels;
    network.setOptions({ edges: { font: { size: edgeLabels ? 10 : 0 } } });
  });
  function addGraph(result) {
    (result.nodes || []).forEach((n) => addNode(n));
    edges.update((result.edges || []).map(edgeItem));
  }
  function remember(iri, types, properties) {  // what makes a fact's label, and its year for the filter
    if (!properties) return;
    state.facts[iri] = properties;
    if (properties.year) state.years[iri] = properties.year;
    if (nodes.get(iri) && !nodes.get(iri).named) nodes.update({ id: iri, label: shortLabel(factLabel(types, properties)) });
  }
  function refresh() {
    nodeView.refresh();
    nodes.update(nodes.get().map((n) => ({ id: n.id, label: shortLabel(nodeLabel({ iri: n.id, label: n.rawLabel, types: n.types })) })));
    edges.forEach((e) => edges.update({ id: e.id, label: propLabel(e.type), title: propLabel(e.type) }));
  }

  /* Expanding places the neighbours around the node by type (one sector per type) and adds at
     most EXPAND_STEP of them; the rest wait behind "show 40 more". */
  async function expand(iri) {
    try {
      const result = await api(`/entities/${enc(iri)}/neighbors?depth=1&limit=500`);
      const fresh = (result.nodes || []).filter((n) => n.iri !== iri && !nodes.get(n.iri));
      const order = [...GROUPS.map(([g]) => g), "other"];
      fresh.sort((a, b) => order.indexOf(group(a.types)) - order.indexOf(group(b.types)));
      state.pending = fresh.slice(EXPAND_STEP).map((n) => ({ node: n, around: iri }));
      place(iri, fresh.slice(0, EXPAND_STEP));
      edges.update((result.edges || []).map(edgeItem));
      showMoreButton();
      status(t("expanded", { n: Math.min(fresh.length, EXPAND_STEP) }) + (fresh.length > EXPAND_STEP ? ` · ${t("moreWaiting", { n: fresh.length - EXPAND_STEP })}` : ""));
    } catch (err) { fail(err); }
  }
  function place(center, list) {
    const origin = network.getPositions([center])[center] || { x: 0, y: 0 };
    const groups = [...new Set(list.map((n) => group(n.types)))];
    list.forEach((n) => {
      const g = groups.indexOf(group(n.types));
      const members = list.filter((m) => group(m.types) === group(n.types));
      const k = members.indexOf(n);
      const angle = (2 * Math.PI * (g + (k + 0.5) / members.length)) / groups.length;
      const radius = 220 + 60 * (k % 3);
      addNode(n, { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) });
    });
  }
  function showMoreButton() {
    const button = $("#show-more");
    button.hidden = state.pending.length === 0;
    button.textContent = t("showMore", { n: Math.min(EXPAND_STEP, state.pending.length) });
  }
  $("#show-more").onclick = () => {
    const next = state.pending.splice(0, EXPAND_STEP);  // their edges came with the expansion
    if (next.length) place(next[0].around, next.map((p) => p.node));
    showMoreButton();
  };
  function focus(iri) {
    if (!nodes.get(iri)) return;
    network.selectNodes([iri]);
    network.focus(iri, { scale: 1.1, animation: { duration: 300 } });
  }
  $("#fit").onclick = () => network.fit({ animation: { duration: 300 } });
  network.on("click", (params) => { if (params.nodes.length) window.okg.showDetails(params.nodes[0]); });
  network.on("doubleClick", (params) => { if (params.nodes.length) expand(params.nodes[0]); });

  // --- legend, year filter, export ---
  function renderLegend() {
    $("#legend").innerHTML = [...GROUPS.map(([g]) => g), "other"].map((g) => `<label><input type="checkbox" data-group="${g}"
      ${state.hiddenGroups.has(g) ? "" : "checked"}><span class="swatch" style="background:${colour(g)}"></span>${esc(classLabel(g))}</label>`).join("");
  }
  $("#legend").addEventListener("change", (ev) => {
    const g = ev.target.dataset.group;
    if (ev.target.checked) state.hiddenGroups.delete(g); else state.hiddenGroups.add(g);
    nodeView.refresh();
  });
  $("#year-filter").addEventListener("change", (ev) => {
    state.year = ev.target.value;
    nodeView.refresh();
    window.okg.onYear();
  });
  function download(name, href) {
    const a = Object.assign(document.createElement("a"), { href, download: name });
    document.body.appendChild(a); a.click(); a.remove();
  }
  /* The whole graph, not the cropped view: the canvas is resized to the drawing at scale 1
     (labels at their own size, at most 8000 px a side), drawn once, copied, and put back. */
  $("#export-png").onclick = () => {
    const ids = nodeView.getIds();
    if (!ids.length) return;
    const box = $("#graph");
    const before = { width: box.style.width, height: box.style.height, view: network.getViewPosition(), scale: network.getScale() };
    const pos = Object.values(network.getPositions(ids));
    const [minX, maxX] = [Math.min(...pos.map((p) => p.x)), Math.max(...pos.map((p) => p.x))];
    const [minY, maxY] = [Math.min(...pos.map((p) => p.y)), Math.max(...pos.map((p) => p.y))];
    const width = Math.min(8000, Math.ceil(maxX - minX + 400)), height = Math.min(8000, Math.ceil(maxY - minY + 200));
    box.style.width = `${width}px`; box.style.height = `${height}px`;
    network.setSize(`${width}px`, `${height}px`);
    network.moveTo({ position: { x: (minX + maxX) / 2, y: (minY + maxY) / 2 }, scale: Math.min(1, width / (maxX - minX + 400)) });
    network.once("afterDrawing", () => {
      const src = box.querySelector("canvas");
      const out = Object.assign(document.createElement("canvas"), { width: src.width, height: src.height });
      const ctx = out.getContext("2d");
      ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(src, 0, 0);
      window.okg.lastPng = { width: out.width, height: out.height };
      box.style.width = before.width; box.style.height = before.height;
      network.setSize("100%", "100%");
      network.moveTo({ position: before.view, scale: before.scale });
      download("oversight-kg.png", out.toDataURL("image/png"));
    });
    network.redraw();
  };
  $("#export-json").onclick = () => {
    const ids = new Set(nodeView.getIds());
    const data = { nodes: nodes.get().filter((n) => ids.has(n.id)).map((n) => ({ iri: n.id, label: n.title.split("\n")[0], types: n.types })),
                   edges: edges.get().filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ source: e.from, target: e.to, type: e.type })) };
    download("oversight-kg.json", URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: "application/json" })));
  };
  $("#clear").onclick = () => { nodes.clear(); edges.clear(); state.pending = []; showMoreButton(); };

  function applyLanguage() {
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    $("#lang-toggle").textContent = t("langButton");
    document.title = `oversight-kg · ${t("title")}`;
    renderLegend(); refresh(); showMoreButton();
    window.okg.onLanguage();
  }
  $("#lang-toggle").onclick = () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("okg-lang", state.lang);
    applyLanguage();
  };

  /* The default view: the most inspected laws on a grid wide enough for their labels. */
  async function start() {
    const onto = await api("/ontology").catch(() => ({ classes: [], properties: [] }));
    onto.classes.forEach((c) => { state.classes[c.name] = c; });
    (onto.properties || []).forEach((p) => { state.properties[p.name] = p; });
    applyLanguage();
    const [stats, acts, statistics, laws] = await Promise.all([api("/stats"), api("/activities?limit=1000"),
      api("/statistics?limit=1000"), api("/laws?inspected=true&limit=8")].map((p) => p.catch(() => ({ items: [] }))));
    acts.items.forEach((a) => remember(a.iri, a.types, a));
    statistics.items.forEach((s) => remember(s.iri, ["Statistic"], s));
    const years = [...new Set(Object.values(state.years))].sort();
    $("#year-filter").insertAdjacentHTML("beforeend", years.map((y) => `<option value="${y}">${y}</option>`).join(""));
    laws.items.forEach((l, i) => addNode({ iri: l.iri, label: l.title, types: ["Law"] },
      { x: (i % 2) * 320, y: Math.floor(i / 2) * 110, physics: false }));
    network.fit();
    $("#empty-store").hidden = (stats.reports ?? 1) > 0;
    status("");
    document.body.dataset.ready = "true";
  }
  window.okg = { api, t, esc, enc, state, status, fail, group, colour, classLabel, propLabel, lawTerm, mostSpecific,
                 factLabel, nodeLabel, learnLabels, addNode, addGraph, remember, expand, focus, network, nodes, edges, nodeView,
                 start, showDetails: () => {}, onYear: () => {}, onLanguage: () => {} };
})();
