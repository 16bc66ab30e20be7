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
  const DATED = new Set(["LawEnforcementInspection", "OversightActivity", "Report", "Statistic"]);  // what the year menu hides
  const state = { lang: localStorage.getItem("okg-lang") || "zh", classes: {}, properties: {}, hiddenGroups: new Set(),
                  facts: {}, labels: {}, acts: {}, year: "", inYear: null, pending: [], shown: 0 };
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
  const propLabel = (name) => termLabel(state.properties[name], I18N[state.lang]["prop_" + name] || name);  // label, altLabel: RDFS/SKOS
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
  /* An activity read from its relations (activityParts): kind, the conducting organ, the law (等 when it
     concerns several) or subject, year, and whether it is only planned. */
  const shortOrgan = (name) => String(name || "").replace(/人民代表大会常务委员会/g, "人大常委会").replace(/人民代表大会/g, "人大");
  const shortLaw = (title) => String(title || "").replace(/^中华人民共和国/, "");
  const cut = (s, n) => (s.length > n ? s.slice(0, n - 1) + "…" : s);
  function actLabel(a, canvas) {
    const kind = classLabel(a.kind), planned = a.planned ? t("planned") : "";
    const organ = a.organs.length ? shortOrgan(a.organs[0]) + (a.organs.length > 1 ? t("andOthers") : "") : "";
    const what = a.laws.length ? (canvas ? shortLaw(a.laws[0]) : a.laws[0]) + (a.laws.length > 1 ? t("andOthers") : "") : a.subject || "";
    if (!canvas) return [kind, organ, what, a.when].filter(Boolean).join(" · ") + planned;
    return [[kind, a.when].filter(Boolean).join(" · ") + planned, cut(organ, 14), cut(what, 14)].filter(Boolean).join("\n");
  }
  const nodeLabel = (node) => (state.acts[node.iri] && actLabel(state.acts[node.iri], false))
    || (state.labels[node.iri] || {})[state.lang] || node.label || factLabel(node.types, state.facts[node.iri]);
  /* At most 16 characters on the canvas, the year (or range) always kept: the middle is cut. */
  function shortLabel(s) {
    if (!s || s.length <= 16) return s || "?";
    const tail = (s.match(/ · \d{4}(–\d{4})?(（计划）| \(planned\))?$/) || [""])[0];
    return s.slice(0, Math.max(4, 15 - tail.length)) + "…" + tail;
  }
  const canvasLabel = (node) => (state.acts[node.iri] ? actLabel(state.acts[node.iri], true) : shortLabel(nodeLabel(node)));

  // --- the canvas ---
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  // with a year chosen, an activity, report or statistic shows when the API lists it for that year
  const visible = (node) => !state.hiddenGroups.has(node.group) &&
    (!state.year || !DATED.has(node.group) || !state.inYear || state.inYear.has(node.id));
  const nodeView = new vis.DataView(nodes, { filter: visible });
  const font = getComputedStyle(document.documentElement).fontFamily;
  const network = new vis.Network($("#graph"), { nodes: nodeView, edges }, {
    nodes: { shape: "dot", size: 12, font: { face: font, size: 13, background: "rgba(255,255,255,0.85)" } },
    // a node's group is one of ours: vis-network applies a group's style on every update that leaves its colour out
    // (a label learned later), so the groups carry the legend's colours, not vis-network's own palette
    groups: Object.fromEntries([...GROUPS, ["other", OTHER]].map(([g, c]) => [g, { color: { background: c, border: "#fff" } }])),
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#9fb3c8" },
             font: { face: font, size: 10, color: "#616e7c", strokeWidth: 0 }, smooth: { type: "continuous" } },
    physics: { stabilization: { iterations: 200 }, barnesHut: { springLength: 160, gravitationalConstant: -6000, avoidOverlap: 0.6 } },
    interaction: { hover: true, tooltipDelay: 200 },
  });

  /* A spot near (x, y) where a node's box (its dot and the label under it: at most 16 characters of 13 px, three lines
     for an activity) meets no other's: moved on by (dx, dy) while it does. Round 27: a first-time analyst saw a searched
     issue on the label of a start-grid law, and an expanded inspection's three lines over another law's. */
  const BOX_W = 230, BOX_H = 80;
  function clearSpot(x, y, dx, dy) {
    const taken = Object.values(network.getPositions());
    for (let i = 0; i < 60 && taken.some((p) => Math.abs(p.x - x) < BOX_W && Math.abs(p.y - y) < BOX_H); i += 1) {
      x += dx; y += dy;
    }
    return { x, y };
  }
  /* Where a node asked for with no place of its own goes (search, a link of the panel): beside the drawing, at the
     height of its top, down a column until clear. */
  function besideDrawing() {
    const taken = Object.values(network.getPositions());
    if (!taken.length) return {};
    return clearSpot(Math.max(...taken.map((p) => p.x)) + BOX_W + 60, Math.min(...taken.map((p) => p.y)), 0, BOX_H);
  }

  /* The paths found, drawn apart (round 46, newuser31 B8). Placed one by one beside the drawing and then left to the
     physics, the nodes of two paths alike (a law, two inspections, one organ) were pulled together: the organ came to
     rest on the start view's law, which, drawn out of the simulation, pushed nothing away, and an inspection's label
     ran into the next law's. Now the paths are laid out as columns: the node i steps from the start in column i (a
     node several paths pass, in the furthest), each column's nodes one under another in the order the paths pass
     them, the columns as far apart as their widest labels need in either language (measured as the canvas writes
     them), the whole to the right of everything else on the canvas, each node fixed there: it stays put and still
     pushes free nodes away. `paths` as /paths gives them: [{nodes: [{iri}]}]. */
  const GAP_X = 90, GAP_Y = 24, LINE = 16, DOT = 24;
  const ruler = document.createElement("canvas").getContext("2d");
  function labelBox(id) {  // the width and height a node's dot and label take, the larger of its two languages'
    const n = nodes.get(id), was = state.lang;
    ruler.font = `13px ${font}`;
    const labels = ["zh", "en"].map((lang) => {
      state.lang = lang;
      try { return canvasLabel({ iri: id, label: n.rawLabel, types: n.types }).split("\n"); } finally { state.lang = was; }
    });
    return { w: Math.max(DOT, ...labels.flat().map((line) => ruler.measureText(line).width)),
             h: DOT + LINE * Math.max(...labels.map((lines) => lines.length)) };
  }
  function placePaths(paths) {
    const column = new Map();
    paths.forEach((p) => p.nodes.forEach((n, i) => { if (nodes.get(n.iri)) column.set(n.iri, Math.max(column.get(n.iri) ?? 0, i)); }));
    if (!column.size) return;
    const columns = [];
    column.forEach((c, id) => { (columns[c] = columns[c] || []).push(id); });
    const cols = columns.filter(Boolean).map((ids) => {
      const boxes = ids.map(labelBox);
      return { ids, w: Math.max(...boxes.map((b) => b.w)), h: Math.max(...boxes.map((b) => b.h)) + GAP_Y };
    });
    // the others' places: where the canvas draws them, or, hidden by the year or the legend, where they will come back
    const drawn = network.getPositions();
    const others = nodes.get({ filter: (n) => !column.has(n.id) }).map((n) => ({ id: n.id, ...(drawn[n.id] || n) }))
      .filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
    const right = others.map((p) => Math.max(drawn[p.id] ? network.getBoundingBox(p.id).right : -Infinity, p.x + BOX_W / 2));
    const height = Math.max(...cols.map((c) => c.h * c.ids.length));
    let x = others.length ? Math.max(...right) + GAP_X : 0;
    const middle = others.length ? Math.min(...others.map((p) => p.y)) + height / 2 : 0;
    cols.forEach((c, i) => {
      x += c.w / 2 + (i ? cols[i - 1].w / 2 + GAP_X : 0);
      nodes.update(c.ids.map((id, k) => ({ id, x, y: middle + (k - (c.ids.length - 1) / 2) * c.h, fixed: true, physics: true,
                                           startView: false })));
    });
    // fitted once drawn there: until then vis-network's boxes of the nodes moved are those of their old places
    network.once("afterDrawing", () => network.fit({ nodes: [...column.keys()], animation: { duration: 300 } }));
    network.redraw();
  }

  function addNode(node, extra = {}) {
    const g = group(node.types);
    if (!nodes.get(node.iri) && extra.x === undefined) extra = { ...besideDrawing(), ...extra };
    // startView: drawn by start() before anyone asked; a node added on request is no longer of it
    const item = { id: node.iri, label: canvasLabel(node), title: nodeLabel(node) + "\n" + node.iri,
                   named: Boolean(node.label), rawLabel: node.label || null, group: g, types: node.types || [],
                   color: { background: colour(g), border: "#fff" }, startView: false, ...extra };
    nodes.update(item);
    if ((g === "OversightActivity" || g === "LawEnforcementInspection" || bilingual(node.types)) && !(node.iri in state.acts)
        && !state.labels[node.iri]) enrich(node.iri);
    return item;
  }
  /* Facts whose labels the builder writes in both languages but a listing gives in Chinese alone: a statistic
     (满意率 98% · 2024 / satisfaction rate 98% · 2024) and its measure class (round 36: both stayed Chinese in English mode). */
  const bilingual = (types) => (types || []).some((c) => c === "Statistic" || c === "MeasureClass");
  /* An activity's organ, laws and status come from its relations, a few requests at a time, so that the
     many inspections of one law read apart on the canvas (执法检查 · 2019 / 全国人大常委会 / 大气污染防治法);
     a statistic's or a measure class's labels in both languages the same way. */
  const enrichQueue = [];
  let enriching = 0;
  function enrich(iri) {
    state.acts[iri] = null;  // asked
    enrichQueue.push(iri);
    pump();
  }
  function pump() {
    while (enriching < 4 && enrichQueue.length) {
      enriching += 1;
      api(`/entities/${enc(enrichQueue.shift())}`).then(learnFact).catch(() => {})
        .finally(() => { enriching -= 1; pump(); });
    }
  }
  function learnFact(e) {
    if (!bilingual(e.types)) return learnActivity(e);
    learnLabels(e.iri, (e.properties || {}).label);
    if (nodes.get(e.iri)) nodes.update({ id: e.iri, label: canvasLabel({ iri: e.iri }), title: nodeLabel({ iri: e.iri }) + "\n" + e.iri });
    return state.labels[e.iri];
  }
  function learnActivity(e) {
    const p = e.properties || {}, rel = (type) => (e.relations || []).filter((r) => r.type === type && r.direction === "out");
    const when = p.year ? String(p.year) : p.yearFrom && p.yearTo ? `${p.yearFrom}–${p.yearTo}` : "";
    state.acts[e.iri] = { kind: mostSpecific((e.types || []).filter((c) => !["OversightActivity", "FollowUpOversight"].includes(c)))
                            || mostSpecific(e.types), organs: [...rel("conductedBy"), ...rel("jointlyWith")].map((r) => r.label || r.iri).sort(),
                          laws: rel("concernsLaw").map((r) => r.label || r.iri).sort(), subject: p.subject, when,
                          planned: p.status === "planned" };
    if (nodes.get(e.iri)) nodes.update({ id: e.iri, label: canvasLabel({ iri: e.iri }), title: nodeLabel({ iri: e.iri }) + "\n" + e.iri });
    return state.acts[e.iri];
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
  function remember(iri, types, properties) {  // what makes a fact's label
    if (!properties) return;
    state.facts[iri] = properties;
    if (nodes.get(iri) && !nodes.get(iri).named) nodes.update({ id: iri, label: shortLabel(factLabel(types, properties)) });
  }
  function refresh() {
    nodeView.refresh();
    nodes.update(nodes.get().map((n) => ({ id: n.id, label: canvasLabel({ iri: n.id, label: n.rawLabel, types: n.types }),
                                           title: nodeLabel({ iri: n.id, label: n.rawLabel, types: n.types }) + "\n" + n.id })));
    edges.forEach((e) => edges.update({ id: e.id, label: propLabel(e.type), title: propLabel(e.type) }));
  }

  /* Mentions (a report naming a law or an organ) are where a fact is stated, its evidence, not a neighbour:
     expansion asks for every other class. */
  const isMention = (types) => (types || []).some((c) => c === "Mention" || (state.classes[c]?.superclasses || []).includes("Mention"));
  const neighbourClasses = () => Object.keys(state.classes).filter((c) => !isMention([c])).join(",");
  /* Expanding places the neighbours around the node by type (one sector per type) and adds at
     most EXPAND_STEP of them; the rest wait behind "show 40 more". */
  async function expand(iri) {
    try {
      const types = neighbourClasses();
      const result = await api(`/entities/${enc(iri)}/neighbors?depth=1&limit=500${types ? `&types=${enc(types)}` : ""}`);
      const fresh = (result.nodes || []).filter((n) => n.iri !== iri && !nodes.get(n.iri) && !isMention(n.types));
      const order = [...GROUPS.map(([g]) => g), "other"];
      fresh.sort((a, b) => order.indexOf(group(a.types)) - order.indexOf(group(b.types)));
      state.pending = fresh.slice(EXPAND_STEP).map((n) => ({ node: n, around: iri }));
      state.shown = Math.min(fresh.length, EXPAND_STEP);
      place(iri, fresh.slice(0, EXPAND_STEP));
      edges.update((result.edges || []).map(edgeItem));
      showMoreButton();
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
      addNode(n, clearSpot(origin.x + radius * Math.cos(angle), origin.y + radius * Math.sin(angle),
                           60 * Math.cos(angle), 60 * Math.sin(angle)));
    });
  }
  /* The button and the status line say how many of the expansion are shown and how many still wait. */
  function showMoreButton() {
    const button = $("#show-more");
    button.hidden = state.pending.length === 0;
    button.textContent = t("showMore", { n: Math.min(EXPAND_STEP, state.pending.length) });
    if (state.shown) status(t("expanded", { n: state.shown }) + (state.pending.length ? ` · ${t("moreWaiting", { n: state.pending.length })}` : ""));
  }
  $("#show-more").onclick = () => {
    const next = state.pending.splice(0, EXPAND_STEP);  // their edges came with the expansion
    if (next.length) place(next[0].around, next.map((p) => p.node));
    state.shown += next.length;
    showMoreButton();
  };
  function focus(iri) {
    if (!nodes.get(iri)) return;
    network.selectNodes([iri]);
    network.focus(iri, { scale: 1.1, animation: { duration: 300 } });
  }
  /* Fits the whole graph in the window; while the layout still moves (just after an expansion, or on a slow
     machine) the nodes drift past a frame fitted to where they were, so it fits again once they have settled. */
  function fitAll() {
    network.fit({ animation: { duration: 300 } });
    if (!network.physics.stabilized) network.once("stabilized", () => network.fit({ animation: { duration: 300 } }));
  }
  $("#fit").onclick = fitAll;
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
  /* A year keeps the activities, reports and statistics the API lists for it, as /activities?year=, /reports?year=
     and /statistics?year= select them: the year's own, a multi-year report's range-dated facts left out (round 33,
     the API's rule, so the canvas, okg ask and the API agree). */
  async function every(path) {
    const rows = [];
    for (let offset = 0; ; offset += 1000) {
      const page = await api(`${path}${path.includes("?") ? "&" : "?"}limit=1000&offset=${offset}`);
      rows.push(...page.items);
      if (offset + 1000 >= page.total) return rows;
    }
  }
  $("#year-filter").addEventListener("change", async (ev) => {
    const year = ev.target.value;
    state.year = year;
    state.inYear = null;
    window.okg.onYear();
    if (!year) { nodeView.refresh(); return; }
    try {
      const found = await Promise.all(["activities", "reports", "statistics"].map((kind) => every(`/${kind}?year=${year}`)));
      if (state.year !== year) return;
      state.inYear = new Set(found.flat().map((r) => r.iri));
      nodeView.refresh();
      document.body.dataset.year = year;
    } catch (err) { fail(err); }
  });
  /* The menu holds the years the filter finds something in: each year a report, an activity or a figure is dated
     in by itself. A multi-year report's range (2017-2021) is in none of its years for the filter, as for the API, so
     it adds none (round 41, newuser25 §8: 2021, covered by a 2017-2021 report alone, was listed and chose nothing).
     The store counts them once per version (/years); asked after the first paint, which does not wait on it. */
  async function loadYears() {
    const years = (await every("/years")).map((r) => r.year);
    $("#year-filter").insertAdjacentHTML("beforeend", years.map((y) => `<option value="${y}">${y}</option>`).join(""));
  }
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

  /* The default view: the most inspected laws on a grid wide enough for their labels, fixed: they keep their places
     and, in the simulation, push the nodes added later away (out of it, physics: false, they pushed nothing, and a
     path's organ came to rest on a law: round 46, newuser31 B8). */
  async function start() {
    const onto = await api("/ontology").catch(() => ({ classes: [], properties: [] }));
    onto.classes.forEach((c) => { state.classes[c.name] = c; });
    (onto.properties || []).forEach((p) => { state.properties[p.name] = p; });
    applyLanguage();
    // the first paint needs the most inspected laws alone; the year menu comes after it
    const laws = await api("/laws?inspected=true&limit=8").catch(() => ({ items: [], total: 0 }));
    laws.items.forEach((l, i) => addNode({ iri: l.iri, label: l.title, types: ["Law"] },
      { x: (i % 2) * 320, y: Math.floor(i / 2) * 110, fixed: true, startView: true }));
    network.fit();
    const stats = laws.items.length ? { reports: 1 } : await api("/stats").catch(() => ({}));
    $("#empty-store").hidden = (stats.reports ?? 1) > 0;
    status("");
    document.body.dataset.ready = "true";
    loadYears().then(() => { document.body.dataset.years = "true"; }).catch(fail);
  }
  window.okg = { api, t, esc, enc, state, status, fail, group, colour, classLabel, propLabel, lawTerm, mostSpecific,
                 factLabel, nodeLabel, learnLabels, learnFact, learnActivity, isMention, every, addNode, addGraph, placePaths, remember, expand, focus, fitAll, network, nodes, edges, nodeView,
                 start, showDetails: () => {}, onYear: () => {}, onLanguage: () => {} };
})();
