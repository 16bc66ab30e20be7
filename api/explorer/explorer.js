/* The explorer: a vis-network canvas over the oversight-kg JSON API. No build step, no network
   beyond this server. State lives in two vis DataSets; everything else is rendered from the API. */
"use strict";
(() => {
  const I18N = window.OKG_I18N;
  const GROUPS = [  // ontology classes that colour nodes, most specific first
    ["LawEnforcementInspection", "#d64545"], ["OversightActivity", "#f0b429"], ["Law", "#2f6fdf"],
    ["Organ", "#3ebd93"], ["Report", "#7b61ff"], ["AdministrativeArea", "#8d6e63"],
    ["Issue", "#e668a7"], ["Statistic", "#9aa5b1"], ["Deputy", "#00a3bf"],
  ];
  const OTHER = "#bcccdc";
  const state = { lang: localStorage.getItem("okg-lang") || "zh", classes: {}, hiddenGroups: new Set(),
                  years: {}, year: "", lawsRows: [], lawsSort: { key: "times", dir: -1 } };
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

  // --- types, colours and labels ---
  function group(types) {
    const all = new Set(types || []);
    for (const cls of types || []) (state.classes[cls]?.superclasses || []).forEach((s) => all.add(s));
    return GROUPS.find(([name]) => all.has(name))?.[0] || "other";
  }
  const colour = (g) => (GROUPS.find(([name]) => name === g) || [null, OTHER])[1];
  function classLabel(name) {
    const cls = state.classes[name];
    if (!cls) return name === "other" ? (state.lang === "zh" ? "其他" : "Other") : name;
    return (state.lang === "zh" ? cls.label_zh : cls.label_en) || cls.label_en || name;
  }
  const relLabel = (type) => (state.lang === "zh" && window.OKG_RELATIONS_ZH[type]) || type;
  const shortLabel = (s) => (s && s.length > 18 ? s.slice(0, 17) + "…" : s || "?");
  const mostSpecific = (types) => (types || []).find((c) => !(types || []).some(
    (o) => o !== c && (state.classes[o]?.superclasses || []).includes(c))) || (types || [])[0];

  // --- the canvas ---
  const nodes = new vis.DataSet();
  const edges = new vis.DataSet();
  const visible = (node) => !state.hiddenGroups.has(node.group) &&
    (!state.year || state.years[node.id] === undefined || String(state.years[node.id]) === state.year);
  const nodeView = new vis.DataView(nodes, { filter: visible });
  const network = new vis.Network($("#graph"), { nodes: nodeView, edges }, {
    nodes: { shape: "dot", size: 14, font: { face: getComputedStyle(document.documentElement).fontFamily, size: 13 } },
    edges: { arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { color: "#9fb3c8" },
             font: { size: 10, color: "#616e7c", strokeWidth: 0 }, smooth: { type: "continuous" } },
    physics: { stabilization: { iterations: 150 }, barnesHut: { springLength: 130 } },
    interaction: { hover: true, tooltipDelay: 200 },
  });
  window.okg = { network, nodes, edges };

  function addNode(node) {
    const g = group(node.types);
    const named = Boolean(node.label);  // activities and statistics have none: show their class
    const item = { id: node.iri, label: named ? shortLabel(node.label) : classLabel(mostSpecific(node.types)),
                   title: node.label || node.iri, named, group: g, types: node.types || [],
                   color: { background: colour(g), border: "#fff" } };
    nodes.update(item);
    return item;
  }
  function addGraph(result) {
    (result.nodes || []).forEach(addNode);
    edges.update((result.edges || []).map((e) => ({ id: `${e.source}|${e.type}|${e.target}`, from: e.source,
      to: e.target, type: e.type, label: relLabel(e.type) })));
  }
  function refresh() {
    nodeView.refresh();
    nodes.update(nodes.get({ filter: (n) => !n.named }).map((n) => ({ id: n.id, label: classLabel(mostSpecific(n.types)) })));
    edges.forEach((e) => edges.update({ id: e.id, label: relLabel(e.type) }));
  }
  async function expand(iri) {
    try {
      const before = nodes.length;
      addGraph(await api(`/entities/${enc(iri)}/neighbors?depth=1&limit=150`));
      status(t("expanded", { n: nodes.length - before }));
    } catch (err) { fail(err); }
  }
  function focus(iri) {
    if (!nodes.get(iri)) return;
    network.selectNodes([iri]);
    network.focus(iri, { scale: 1.1, animation: { duration: 300 } });
  }
  network.on("click", (params) => { if (params.nodes.length) showDetails(params.nodes[0]); });
  network.on("doubleClick", (params) => { if (params.nodes.length) expand(params.nodes[0]); });

  // --- details of one entity, with evidence and the report view ---
  async function showDetails(iri) {
    selectTab("details");
    const box = $("#details");
    box.innerHTML = `<p class="muted">${t("loading")}</p>`;
    try {
      const entity = await api(`/entities/${enc(iri)}`);
      addNode(entity);
      const g = group(entity.types);
      let evidence = [];
      if (["Law", "Organ"].includes(g)) {  // their sentences are the activities' evidence, with year and kind
        const rows = await api(`/${g === "Law" ? "laws" : "organs"}/${enc(iri)}/timeline`).catch(() => []);
        evidence = rows.filter((r) => r.evidence).map((r) => ({ text: r.evidence, report: r.report,
          start: r.start, end: r.end, year: r.year, kind: r.kind || mostSpecific(r.types) }));
      }
      evidence = evidence.concat(entity.evidence || []);
      const seen = new Set();
      evidence = evidence.filter((e) => !seen.has(`${e.report}|${e.start}`) && seen.add(`${e.report}|${e.start}`));
      box.innerHTML = `<h2>${esc(entity.label || entity.iri)}</h2>
        <p class="types">${(entity.types || []).map((c) => `<span style="background:${colour(group([c]))}">${esc(classLabel(c))}</span>`).join("")}</p>
        <p class="muted" style="word-break:break-all">${esc(entity.iri)}</p>
        <button type="button" id="expand-selected">${t("expand")}</button>
        <h3>${t("evidence")}</h3>
        ${evidence.length ? `<ul class="plain evidence">${evidence.map((e) => `<li><div class="sentence">${esc(e.text)}</div>
          <div class="muted">${e.year ? esc(e.year) + " · " : ""}${e.kind ? esc(classLabel(e.kind)) + " · " : ""}
          ${e.report ? `<a class="report-link" href="reports/${enc(e.report)}" data-report="${esc(e.report)}"
            data-start="${e.start ?? ""}" data-end="${e.end ?? ""}">${t("openReport")}</a>` : ""}</div></li>`).join("")}</ul>`
          : `<p class="muted">${t("noEvidence")}</p>`}
        <h3>${t("properties")}</h3>
        <dl class="props">${Object.entries(entity.properties || {}).map(([k, v]) =>
          `<dt>${esc(k)}</dt><dd>${esc(Array.isArray(v) ? v.join("、") : v)}</dd>`).join("")}</dl>
        <h3>${t("relations")}</h3>
        <ul class="plain">${(entity.relations || []).slice(0, 200).map((r) => `<li>${r.direction === "out" ? "→" : "←"}
          ${esc(relLabel(r.type))}: <a class="relation" data-iri="${esc(r.iri)}">${esc(r.label || classLabel(mostSpecific(r.types)))}</a></li>`).join("")}</ul>`;
      $("#expand-selected").onclick = () => expand(iri);
      box.querySelectorAll("a.relation").forEach((a) => a.addEventListener("click", () => {
        const rel = entity.relations.find((r) => r.iri === a.dataset.iri);
        addNode(rel);
        edges.update({ id: `${a.dataset.iri}|${rel.type}|${iri}`, from: rel.direction === "out" ? iri : rel.iri,
                       to: rel.direction === "out" ? rel.iri : iri, type: rel.type, label: relLabel(rel.type) });
        showDetails(rel.iri); focus(rel.iri);
      }));
      box.querySelectorAll("a.report-link").forEach((a) => a.addEventListener("click", (ev) => {
        ev.preventDefault();
        openReport(a.dataset.report, Number(a.dataset.start), Number(a.dataset.end));
      }));
    } catch (err) { box.innerHTML = ""; fail(err); }
  }

  async function openReport(iri, start, end) {
    try {
      const report = await api(`/reports/${enc(iri)}`);
      $("#report-title").textContent = report.title || report.iri;
      $("#report-meta").textContent = [report.year, report.publisher, report.source].filter(Boolean).join(" · ");
      $("#report-text").innerHTML = report.segments.map((s) => s.spans.length
        ? `<mark data-start="${s.start}" class="${s.start >= start && s.start < end ? "current" : ""}"
             title="${esc(s.spans.map((x) => x.split("/").slice(-2, -1)).join(", "))}">${esc(s.text)}</mark>`
        : esc(s.text)).join("");
      $("#report-view").hidden = false;
      $("#report-text mark.current")?.scrollIntoView({ block: "center" });
    } catch (err) { fail(err); }
  }
  $("#report-close").onclick = () => { $("#report-view").hidden = true; };
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("#report-view").hidden = true; });

  // --- search with suggestions (also used by the path finder) ---
  function suggest(input, list, onPick) {
    let timer = null;
    let items = [];
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (!q) { list.hidden = true; return; }
        try { items = await api(`/search?q=${enc(q)}&limit=12`); } catch (err) { fail(err); return; }
        list.innerHTML = items.length ? items.map((n, i) => `<li role="option" data-i="${i}"><span>${esc(n.label || n.iri)}</span>
          <span class="type">${esc(classLabel(mostSpecific(n.types)))}</span></li>`).join("")
          : `<li class="muted">${t("noResults")}</li>`;
        list.hidden = false;
      }, 200);
    });
    list.addEventListener("click", (ev) => {
      const li = ev.target.closest("li[data-i]");
      if (!li) return;
      const node = items[Number(li.dataset.i)];
      input.value = node.label || node.iri;
      input.dataset.iri = node.iri;
      list.hidden = true;
      onPick(node);
    });
    input.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") list.querySelector("li[data-i]")?.click();
      if (ev.key === "Escape") list.hidden = true;
    });
  }
  suggest($("#search"), $("#suggestions"), (node) => { addNode(node); showDetails(node.iri); setTimeout(() => focus(node.iri), 50); });
  document.querySelectorAll("#panel-path .search").forEach((wrap) =>
    suggest(wrap.querySelector("input"), wrap.querySelector("ul"), () => {}));

  $("#find-path").onclick = async () => {
    const from = $("#path-from").dataset.iri, to = $("#path-to").dataset.iri;
    const out = $("#path-result");
    if (!from || !to) { out.textContent = t("pickBoth"); return; }
    try {
      const paths = await api(`/paths?from=${enc(from)}&to=${enc(to)}&max_hops=6`);
      paths.forEach(addGraph);
      out.innerHTML = paths.length ? `<p>${t("pathFound", { n: paths.length })}</p><ol>${paths.map((p) =>
        `<li>${p.nodes.map((n) => esc(n.label || n.iri)).join(" → ")}</li>`).join("")}</ol>` : `<p>${t("noPath")}</p>`;
      if (paths.length) network.selectNodes([...new Set(paths.flatMap((p) => p.nodes.map((n) => n.iri)))]);
    } catch (err) { fail(err); }
  };

  // --- laws-inspected table ---
  async function loadLaws() {
    try {
      const page = await api(`/laws?inspected=true&limit=1000${state.year ? `&year=${state.year}` : ""}`);
      state.lawsRows = page.items;
      renderLaws();
    } catch (err) { fail(err); }
  }
  function renderLaws() {
    const rows = state.lawsRows;
    const years = [...new Set(rows.flatMap((r) => r.evidence.map((e) => e.year)).filter(Boolean))].sort();
    const count = (r, y) => r.evidence.filter((e) => e.year === y).length;
    const cols = [["title", t("law"), (r) => r.title], ["level", t("level"), (r) => r.level || ""],
      ["times", t("times"), (r) => r.times_inspected], ...years.map((y) => [`y${y}`, String(y), (r) => count(r, y)]),
      ["organs", t("organs"), (r) => r.organs.length]];
    const { key, dir } = state.lawsSort;
    const value = (cols.find((c) => c[0] === key) || cols[2])[2];
    const sorted = [...rows].sort((a, b) => { const x = value(a), y = value(b);
      return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * dir; });
    $("#laws-table thead").innerHTML = `<tr>${cols.map(([k, label]) => `<th data-key="${k}"
      aria-sort="${k === key ? (dir > 0 ? "ascending" : "descending") : "none"}">${esc(label)}</th>`).join("")}</tr>`;
    $("#laws-table tbody").innerHTML = sorted.map((r) => `<tr><td><a class="law" data-iri="${esc(r.iri)}">${esc(r.title)}</a></td>
      <td>${esc(r.level || "")}</td><td class="num">${r.times_inspected}</td>
      ${years.map((y) => `<td class="num">${count(r, y) || ""}</td>`).join("")}
      <td title="${esc(r.organs.join("\n"))}">${esc(r.organs[0] || "")}${r.organs.length > 1 ? ` +${r.organs.length - 1}` : ""}</td></tr>`).join("");
  }
  $("#laws-table thead").addEventListener("click", (ev) => {
    const th = ev.target.closest("th");
    if (!th) return;
    state.lawsSort = { key: th.dataset.key, dir: state.lawsSort.key === th.dataset.key ? -state.lawsSort.dir : -1 };
    renderLaws();
  });
  $("#laws-table tbody").addEventListener("click", (ev) => {
    const a = ev.target.closest("a.law");
    if (a) { addNode({ iri: a.dataset.iri, label: a.textContent, types: ["Law"] }); showDetails(a.dataset.iri); focus(a.dataset.iri); }
  });

  // --- coverage ---
  async function loadCoverage() {
    const box = $("#coverage");
    box.innerHTML = `<p class="muted">${t("loading")}</p>`;
    try {
      const cov = await api("/coverage?inspected=false&limit=200");
      box.innerHTML = `<table><thead><tr><th>${t("level")}</th><th>${t("category")}</th><th>${t("lawsCount")}</th>
        <th>${t("inspected")}</th><th>${t("neverInspected")}</th></tr></thead><tbody>${cov.summary.map((s) =>
        `<tr><td>${esc(s.level)}</td><td>${esc(s.category)}</td><td class="num">${s.laws}</td><td class="num">${s.inspected}</td>
        <td class="num">${s.never_inspected}</td></tr>`).join("")}</tbody></table>
        <h3>${t("neverInspectedList")} (${cov.laws.total})</h3><ul class="plain">${cov.laws.items.map((l) =>
        `<li>${esc(l.title)} <span class="muted">${esc(l.level || "")}</span></li>`).join("")}</ul>`;
    } catch (err) { box.innerHTML = ""; fail(err); }
  }

  // --- tabs, filters, export, language ---
  function selectTab(name) {
    document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
    document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== `panel-${name}`; });
    if (name === "laws") loadLaws();
    if (name === "coverage") loadCoverage();
  }
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => selectTab(b.dataset.tab)));

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
    if (!$("#panel-laws").hidden) loadLaws();
  });

  function download(name, href) {
    const a = Object.assign(document.createElement("a"), { href, download: name });
    document.body.appendChild(a); a.click(); a.remove();
  }
  $("#export-png").onclick = () => {
    const src = $("#graph canvas");
    const out = Object.assign(document.createElement("canvas"), { width: src.width, height: src.height });
    const ctx = out.getContext("2d");
    ctx.fillStyle = "#fff"; ctx.fillRect(0, 0, out.width, out.height); ctx.drawImage(src, 0, 0);
    download("oversight-kg.png", out.toDataURL("image/png"));
  };
  $("#export-json").onclick = () => {
    const ids = new Set(nodeView.getIds());
    const data = { nodes: nodes.get().filter((n) => ids.has(n.id)).map((n) => ({ iri: n.id, label: n.title, types: n.types })),
                   edges: edges.get().filter((e) => ids.has(e.from) && ids.has(e.to)).map((e) => ({ source: e.from, target: e.to, type: e.type })) };
    download("oversight-kg.json", URL.createObjectURL(new Blob([JSON.stringify(data, null, 1)], { type: "application/json" })));
  };
  $("#clear").onclick = () => { nodes.clear(); edges.clear(); };

  function applyLanguage() {
    document.documentElement.lang = state.lang === "zh" ? "zh-CN" : "en";
    document.querySelectorAll("[data-i18n]").forEach((el) => { el.textContent = t(el.dataset.i18n); });
    document.querySelectorAll("[data-i18n-placeholder]").forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder); });
    $("#lang-toggle").textContent = t("langButton");
    document.title = `oversight-kg · ${t("title")}`;
    renderLegend(); refresh();
    if (state.lawsRows.length) renderLaws();
  }
  $("#lang-toggle").onclick = () => {
    state.lang = state.lang === "zh" ? "en" : "zh";
    localStorage.setItem("okg-lang", state.lang);
    applyLanguage();
    const selected = network.getSelectedNodes()[0];
    if (selected && !$("#panel-details").hidden) showDetails(selected);
  };

  async function start() {
    const onto = await api("/ontology").catch(() => ({ classes: [] }));
    onto.classes.forEach((c) => { state.classes[c.name] = c; });
    applyLanguage();
    const [reports, acts, laws] = await Promise.all([api("/reports?limit=1000"), api("/activities?limit=1000"),
      api("/laws?inspected=true&limit=8")].map((p) => p.catch(() => ({ items: [] }))));
    [...reports.items, ...acts.items].forEach((r) => { if (r.year) state.years[r.iri] = r.year; });
    const years = [...new Set(Object.values(state.years))].sort();
    $("#year-filter").insertAdjacentHTML("beforeend", years.map((y) => `<option value="${y}">${y}</option>`).join(""));
    laws.items.forEach((l) => addNode({ iri: l.iri, label: l.title, types: ["Law"] }));
    status("");
    document.body.dataset.ready = "true";
  }
  start().catch(fail);
})();
