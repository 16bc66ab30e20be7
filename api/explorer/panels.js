/* The explorer's panels over window.okg (explorer.js): details with evidence, who inspected a
   law and when, an organ's activities by year, the report view, search, paths, the laws table
   and paged coverage. */
"use strict";
(() => {
  const okg = window.okg;
  const { api, t, esc, enc, state, fail, group, colour, classLabel, propLabel, lawTerm, mostSpecific, addNode, focus } = okg;
  const $ = (sel) => document.querySelector(sel);
  const COVERAGE_PAGE = 50;
  const HUB_TYPES = new Set(["ConceptScheme", "Ontology"]);  // schema nodes a path should not route through
  let lawsTable = null;  // the /laws rows, fetched once per year filter

  async function lawRows() {
    if (!lawsTable) lawsTable = (await api(`/laws?inspected=true&limit=1000${state.year ? `&year=${state.year}` : ""}`)).items;
    return lawsTable;
  }

  /* A bar per year, as inline SVG: the number of activities that year. */
  function yearChart(counts) {
    const years = Object.keys(counts).sort();
    if (!years.length) return "";
    const max = Math.max(...Object.values(counts)), w = 34, h = 70;
    return `<svg class="chart" width="${years.length * w + 10}" height="${h + 34}" role="img" aria-label="${esc(t("byYear"))}">
      ${years.map((y, i) => { const bh = Math.max(3, (counts[y] / max) * h);
        return `<rect x="${i * w + 6}" y="${h - bh + 14}" width="${w - 10}" height="${bh}" fill="#2f6fdf"><title>${y}: ${counts[y]}</title></rect>
        <text x="${i * w + w / 2 + 1}" y="${h - bh + 10}" text-anchor="middle">${counts[y]}</text>
        <text x="${i * w + w / 2 + 1}" y="${h + 28}" text-anchor="middle">${y}</text>`; }).join("")}</svg>`;
  }
  const tally = (rows, key) => rows.reduce((acc, r) => { if (key(r)) acc[key(r)] = (acc[key(r)] || 0) + 1; return acc; }, {});

  async function lawSummary(iri) {
    const law = (await lawRows()).find((r) => r.iri === iri);
    if (!law) return `<h3>${t("inspectedBy")}</h3><p class="muted">${t("neverInspectedYet")}</p>`;
    const byInspection = {};  // several reports may state one inspection: count it once
    law.evidence.forEach((e) => { byInspection[e.inspection] = e.year; });
    return `<h3>${t("inspectedBy")}</h3><ul class="plain inspected-by">${law.organs.map((o) => `<li>${esc(o)}</li>`).join("")}</ul>
      <p class="muted">${t("inspectionsPerYear")} · ${law.times_inspected} ${t("times")}</p>${yearChart(tally(Object.values(byInspection), (y) => y))}`;
  }
  /* The accountability loop of a law: each activity of its timeline with the findings, opinions and
     handling reports tied to it, and the earlier activity a follow-up follows up (across reports too). */
  function loopSummary(rows) {
    const inLoop = rows.filter((r) => (r.loop && r.loop.length) || (r.follows_up && r.follows_up.length) || r.stage === "follow_up");
    if (!inLoop.length) return "";
    const label = (x) => (state.lang === "zh" ? x.label : x.label_en) || x.label || x.iri;
    const byIri = Object.fromEntries(rows.map((r) => [r.iri, r]));
    return `<h3>${t("loop")}</h3><ol class="plain loop">${inLoop.map((r) => `<li data-stage="${esc(r.stage)}">
      <strong>${esc(t("stage_" + r.stage))}</strong> · ${esc(label(r))}${r.status === "planned" ? ` <em>${t("planned")}</em>` : ""}
      ${(r.follows_up || []).map((f) => `<div class="muted">↳ ${t("followsUp")}: ${esc(byIri[f] ? label(byIri[f]) : f)}</div>`).join("")}
      ${(r.loop || []).length ? `<ul class="plain">${r.loop.map((s) => `<li class="step"><span class="muted">${esc(classLabel(s.type))}</span>
        ${esc(s.evidence || label(s))}</li>`).join("")}</ul>` : ""}</li>`).join("")}</ol>`;
  }
  function organSummary(rows) {
    const kinds = tally(rows, (r) => r.kind || mostSpecific(r.types));
    return `<h3>${t("activitiesByYear")}</h3>${yearChart(tally(rows, (r) => r.year))}
      <ul class="plain">${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(([k, n]) => `<li>${esc(classLabel(k))}: ${n}</li>`).join("")}</ul>`;
  }

  let shown = null;  // the entity the details panel shows
  async function showDetails(iri) {
    shown = iri;
    selectTab("details");
    const box = $("#details");
    box.innerHTML = `<p class="muted">${t("loading")}</p>`;
    try {
      const entity = await api(`/entities/${enc(iri)}`);
      okg.remember(iri, entity.types, entity.label ? null : entity.properties);
      okg.learnLabels(iri, (entity.properties || {}).label);
      addNode(entity);
      const g = group(entity.types);
      let evidence = [], rows = [];
      if (["Law", "Organ"].includes(g)) {  // their sentences are the activities' evidence, with year and kind
        rows = (await api(`/${g === "Law" ? "laws" : "organs"}/${enc(iri)}/timeline?limit=1000`).catch(() => ({ items: [] }))).items;
        rows.forEach((r) => okg.learnLabels(r.iri, [r.label, r.label_en]));
        evidence = rows.filter((r) => r.evidence).map((r) => ({ text: r.evidence, report: r.report,
          start: r.start, end: r.end, year: r.year, kind: r.kind || mostSpecific(r.types) }));
      }
      evidence = evidence.concat(entity.evidence || []);
      const seen = new Set();
      evidence = evidence.filter((e) => !seen.has(`${e.report}|${e.start}`) && seen.add(`${e.report}|${e.start}`));
      const summary = g === "Law" ? await lawSummary(iri) + loopSummary(rows) : g === "Organ" && rows.length ? organSummary(rows) : "";
      box.innerHTML = `<h2>${esc(okg.nodeLabel({ iri, label: entity.label, types: entity.types }))}</h2>
        <p class="types">${(entity.types || []).map((c) => `<span style="background:${colour(group([c]))}">${esc(classLabel(c))}</span>`).join("")}</p>
        <p class="muted" style="word-break:break-all">${esc(entity.iri)}</p>
        <button type="button" id="expand-selected">${t("expand")}</button>
        <div class="summary">${summary}</div>
        <h3>${t("evidence")}</h3>
        ${evidence.length ? `<ul class="plain evidence">${evidence.map((e) => `<li><div class="sentence">${esc(e.text)}</div>
          <div class="muted">${e.year ? esc(e.year) + " · " : ""}${e.kind ? esc(classLabel(e.kind)) + " · " : ""}
          ${e.report ? `<a class="report-link" href="reports/${enc(e.report)}" data-report="${esc(e.report)}"
            data-start="${e.start ?? ""}" data-end="${e.end ?? ""}">${t("openReport")}</a>` : ""}</div></li>`).join("")}</ul>`
          : `<p class="muted">${t("noEvidence")}</p>`}
        <h3>${t("properties")}</h3>
        <dl class="props">${Object.entries(entity.properties || {}).map(([k, v]) =>
          `<dt title="${esc(k)}">${esc(propLabel(k))}</dt><dd>${esc(Array.isArray(v) ? v.join("、") : v)}</dd>`).join("")}</dl>
        <h3>${t("relations")}</h3>
        <ul class="plain">${(entity.relations || []).slice(0, 200).map((r) => `<li>${r.direction === "out" ? "→" : "←"}
          ${esc(propLabel(r.type))}: <a class="relation" data-iri="${esc(r.iri)}">${esc(okg.nodeLabel(r))}</a></li>`).join("")}</ul>`;
      $("#expand-selected").onclick = () => okg.expand(iri);
      box.querySelectorAll("a.relation").forEach((a) => a.addEventListener("click", () => {
        const rel = entity.relations.find((r) => r.iri === a.dataset.iri);
        addNode(rel);
        okg.edges.update({ id: `${a.dataset.iri}|${rel.type}|${iri}`, from: rel.direction === "out" ? iri : rel.iri,
                           to: rel.direction === "out" ? rel.iri : iri, type: rel.type, label: propLabel(rel.type) });
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
        try { items = (await api(`/search?q=${enc(q)}&limit=12`)).items; } catch (err) { fail(err); return; }
        list.innerHTML = items.length ? items.map((n, i) => `<li role="option" data-i="${i}"><span>${esc(okg.nodeLabel(n))}</span>
          <span class="type">${esc(classLabel(mostSpecific(n.types)))}</span></li>`).join("")
          : `<li class="muted">${t("noResults")}</li>`;
        list.hidden = false;
      }, 200);
    });
    list.addEventListener("click", (ev) => {
      const li = ev.target.closest("li[data-i]");
      if (!li) return;
      const node = items[Number(li.dataset.i)];
      input.value = okg.nodeLabel(node);
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

  /* Paths through a schema hub (the ontology, the issue scheme) say nothing: they are left out. */
  const throughHub = (path) => path.nodes.slice(1, -1).some((n) => (n.types || []).some((c) => HUB_TYPES.has(c))
    || /ontology#?$|issue-scheme$/.test(n.iri));
  $("#find-path").onclick = async () => {
    const from = $("#path-from").dataset.iri, to = $("#path-to").dataset.iri;
    const out = $("#path-result");
    if (!from || !to) { out.textContent = t("pickBoth"); return; }
    try {
      const found = (await api(`/paths?from=${enc(from)}&to=${enc(to)}&max_hops=6&limit=20`)).items;
      const paths = found.filter((p) => !throughHub(p));
      paths.forEach(okg.addGraph);
      const hidden = found.length - paths.length;
      out.innerHTML = (paths.length ? `<p>${t("pathFound", { n: paths.length })}</p><ol>${paths.map((p) =>
        `<li>${p.nodes.map((n) => esc(okg.nodeLabel(n))).join(" → ")}</li>`).join("")}</ol>` : `<p>${t("noPath")}</p>`)
        + (hidden ? `<p class="muted">${t("hubPaths", { n: hidden })}</p>` : "");
      if (paths.length) okg.network.selectNodes([...new Set(paths.flatMap((p) => p.nodes.map((n) => n.iri)))]);
    } catch (err) { fail(err); }
  };

  // --- laws-inspected table ---
  const sort = { key: "times", dir: -1 };
  async function renderLaws() {
    let rows;
    try { rows = await lawRows(); } catch (err) { fail(err); return; }
    const years = [...new Set(rows.flatMap((r) => r.evidence.map((e) => e.year)).filter(Boolean))].sort();
    const count = (r, y) => new Set(r.evidence.filter((e) => e.year === y).map((e) => e.activity)).size;
    const cols = [["title", t("law"), (r) => r.title], ["level", t("level"), (r) => lawTerm(r.level)],
      ["times", t("times"), (r) => r.times_inspected], ...years.map((y) => [`y${y}`, String(y), (r) => count(r, y)]),
      ["organs", t("organs"), (r) => r.organs.length]];
    const value = (cols.find((c) => c[0] === sort.key) || cols[2])[2];
    const sorted = [...rows].sort((a, b) => { const x = value(a), y = value(b);
      return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * sort.dir; });
    $("#laws-table thead").innerHTML = `<tr>${cols.map(([k, label]) => `<th data-key="${k}"
      aria-sort="${k === sort.key ? (sort.dir > 0 ? "ascending" : "descending") : "none"}">${esc(label)}</th>`).join("")}</tr>`;
    $("#laws-table tbody").innerHTML = sorted.map((r) => `<tr><td><a class="law" data-iri="${esc(r.iri)}">${esc(r.title)}</a></td>
      <td>${esc(lawTerm(r.level))}</td><td class="num">${r.times_inspected}</td>
      ${years.map((y) => `<td class="num">${count(r, y) || ""}</td>`).join("")}
      <td title="${esc(r.organs.join("\n"))}">${esc(r.organs[0] || "")}${r.organs.length > 1 ? ` +${r.organs.length - 1}` : ""}</td></tr>`).join("");
  }
  $("#laws-table thead").addEventListener("click", (ev) => {
    const th = ev.target.closest("th");
    if (!th) return;
    Object.assign(sort, { key: th.dataset.key, dir: sort.key === th.dataset.key ? -sort.dir : -1 });
    renderLaws();
  });
  $("#laws-table tbody").addEventListener("click", (ev) => {
    const a = ev.target.closest("a.law");
    if (a) { addNode({ iri: a.dataset.iri, label: a.textContent, types: ["Law"] }); showDetails(a.dataset.iri); focus(a.dataset.iri); }
  });

  // --- coverage: a summary, then the laws page by page, filtered by level, category, inspected and
  //     area (set from the areas panel: inspections by the organs there) ---
  const coverage = { offset: 0, level: "", category: "", inspected: "false", jurisdiction: "", areaLabel: "", summary: null };
  async function loadCoverage() {
    const box = $("#coverage");
    const query = new URLSearchParams({ limit: COVERAGE_PAGE, offset: coverage.offset });
    ["level", "category", "inspected", "jurisdiction"].forEach((k) => { if (coverage[k]) query.set(k, coverage[k]); });
    try {
      const page = await api(`/coverage?${query}`);
      coverage.summary = coverage.summary || page.summary;
      const options = (key, values) => [`<option value="">${t(key === "inspected" ? "allLaws" : "all")}</option>`, ...values.map(([v, label]) =>
        `<option value="${esc(v)}" ${coverage[key] === v ? "selected" : ""}>${esc(label)}</option>`)].join("");
      const distinct = (key) => [...new Set(coverage.summary.map((s) => s[key]).filter(Boolean))].sort().map((v) => [v, lawTerm(v)]);
      box.innerHTML = `<table><thead><tr><th>${t("level")}</th><th>${t("category")}</th><th>${t("lawsCount")}</th>
        <th>${t("inspected")}</th><th>${t("neverInspected")}</th></tr></thead><tbody>${page.summary.map((s) =>
        `<tr><td>${esc(lawTerm(s.level))}</td><td>${esc(lawTerm(s.category))}</td><td class="num">${s.laws}</td><td class="num">${s.inspected}</td>
        <td class="num">${s.never_inspected}</td></tr>`).join("")}</tbody></table>
        <div class="filters"><select id="cov-level">${options("level", distinct("level"))}</select>
          <select id="cov-category">${options("category", distinct("category"))}</select>
          <select id="cov-inspected">${options("inspected", [["false", t("neverInspected")], ["true", t("inspected")]])}</select>
          ${coverage.jurisdiction ? `<span class="chip" id="cov-area">${esc(t("inArea", { area: coverage.areaLabel }))}
            <button type="button" id="cov-area-clear" aria-label="${esc(t("allAreas"))}">×</button></span>` : ""}</div>
        <h3>${t(coverage.inspected === "true" ? "inspected" : coverage.inspected ? "neverInspectedList" : "allLaws")} (${page.total})</h3>
        <ul class="plain" id="coverage-laws">${page.items.map((l) =>
        `<li>${esc(l.title)} <span class="muted">${esc(lawTerm(l.level))}${l.times_inspected ? ` · ${l.times_inspected} ${t("times")}` : ""}</span></li>`).join("")}</ul>
        <div class="pager"><button type="button" id="cov-prev" ${coverage.offset ? "" : "disabled"}>${t("previous")}</button>
          <span id="cov-range">${page.total ? coverage.offset + 1 : 0}–${coverage.offset + page.items.length} / ${page.total}</span>
          <button type="button" id="cov-next" ${coverage.offset + COVERAGE_PAGE < page.total ? "" : "disabled"}>${t("next")}</button></div>`;
      const refilter = (key) => (ev) => { coverage[key] = ev.target.value; coverage.offset = 0; loadCoverage(); };
      $("#cov-level").onchange = refilter("level");
      $("#cov-category").onchange = refilter("category");
      $("#cov-inspected").onchange = refilter("inspected");
      $("#cov-prev").onclick = () => { coverage.offset = Math.max(0, coverage.offset - COVERAGE_PAGE); loadCoverage(); };
      $("#cov-next").onclick = () => { coverage.offset += COVERAGE_PAGE; loadCoverage(); };
      if (coverage.jurisdiction) $("#cov-area-clear").onclick = () => coverageIn("", "");
    } catch (err) { box.innerHTML = ""; fail(err); }
  }

  // --- tabs ---
  function selectTab(name) {
    document.querySelectorAll(".tabs button").forEach((b) => b.classList.toggle("active", b.dataset.tab === name));
    document.querySelectorAll(".panel").forEach((p) => { p.hidden = p.id !== `panel-${name}`; });
    if (name === "laws") renderLaws();
    if (name === "coverage") loadCoverage();
  }
  document.querySelectorAll(".tabs button").forEach((b) => b.addEventListener("click", () => selectTab(b.dataset.tab)));

  /* Coverage as the organs of one area (a division code; "" for everyone) inspected. */
  function coverageIn(code, label) {
    Object.assign(coverage, { jurisdiction: code, areaLabel: label, offset: 0 });
    selectTab("coverage");
  }

  Object.assign(okg, {
    showDetails, coverageIn,
    onYear: () => { lawsTable = null; if (!$("#panel-laws").hidden) renderLaws(); },
    onLanguage: () => {
      if (!$("#panel-laws").hidden) renderLaws();
      if (!$("#panel-coverage").hidden) loadCoverage();
      if (shown && !$("#panel-details").hidden) showDetails(shown);
    },
  });
  okg.start().catch(fail);
})();
