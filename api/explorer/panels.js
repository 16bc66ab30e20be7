/* The explorer's panels over window.okg (explorer.js): details with evidence, who inspected a
   law and when, an organ's activities by year, the report view, search, paths, the laws table
   and paged coverage. */
"use strict";
(() => {
  const okg = window.okg;
  const { api, t, esc, enc, state, fail, group, colour, classLabel, propLabel, lawTerm, mostSpecific, addNode, focus } = okg;
  const $ = (sel) => document.querySelector(sel);
  const COVERAGE_PAGE = 50;
  const HUB_TYPES = new Set(["ConceptScheme", "Ontology", "Issue", "MeasureClass"]);  // schema nodes a path should not route through
  let lawsTable = null;  // the /laws rows, fetched once per year filter

  /* The laws inspected, those only followed up (inspected=true and inspected=followed_up_only, round 36) and those a
     report only plans to inspect (planned_inspections, round 43: next year's plan was nowhere in the table): the
     table shows a follow-up's year light beside the inspections, as it did when inspected=true held both. */
  const reported = (r) => Boolean(r.times_inspected || r.followed_up_only);
  async function lawRows() {
    if (!lawsTable) lawsTable = (await api(`/laws?limit=1000&evidence_limit=100000&mentions_limit=0${state.year ? `&year=${state.year}` : ""}`))
      .items.filter((r) => reported(r) || r.planned_inspections);
    return lawsTable;
  }
  /* The rows the status menu keeps, as /activities?status= reads a status: reported (inspections the reports state
     done, or followed up), planned (inspections a report plans), or both (""). */
  const LAW_STATUS = { reported, planned: (r) => r.planned_inspections > 0 };

  /* A year (2019) or a multi-year report's range (2017-2021), as /laws' years and periods write them. */
  const when = (r) => r.year ?? (r.year_from != null ? `${r.year_from}-${r.year_to}` : null);
  const byStart = (a, b) => parseInt(a, 10) - parseInt(b, 10) || String(a).localeCompare(String(b));
  /* A bar per year or range, as inline SVG: ``n`` counted, and ``follow`` (follow-ups of an earlier
     inspection, not counted again) stacked on it, light. */
  function yearChart(bars) {
    if (!bars.length) return "";
    const max = Math.max(...bars.map((b) => b.n + (b.follow || 0))), h = 70;
    const w = bars.some((b) => String(b.key).includes("-")) ? 70 : 34;
    return `<svg class="chart" width="${bars.length * w + 10}" height="${h + 34}" viewBox="0 0 ${bars.length * w + 10} ${h + 34}"
      style="max-width:100%;height:auto" role="img" aria-label="${esc(t("byYear"))}">
      ${bars.map((b, i) => { const bh = (b.n / max) * h, fh = ((b.follow || 0) / max) * h;
        const top = h - bh - fh + 14, label = `${b.n}${b.follow ? `+${b.follow}` : ""}`;
        return `<g class="bar" data-key="${esc(b.key)}" data-n="${b.n}" data-follow="${b.follow || 0}">
        ${b.follow ? `<rect x="${i * w + 6}" y="${top}" width="${w - 10}" height="${fh}" fill="#a9c1f0"><title>${esc(b.key)}: ${t("followUpsOf", { n: b.follow })}</title></rect>` : ""}
        <rect x="${i * w + 6}" y="${top + fh}" width="${w - 10}" height="${Math.max(b.n ? 3 : 0, bh)}" fill="#2f6fdf"><title>${esc(b.key)}: ${b.n}</title></rect>
        <text x="${i * w + w / 2 + 1}" y="${top - 4}" text-anchor="middle">${label}</text>
        <text x="${i * w + w / 2 + 1}" y="${h + 28}" text-anchor="middle">${esc(b.key)}</text></g>`; }).join("")}</svg>`;
  }
  const tally = (rows, key) => rows.reduce((acc, r) => { if (key(r)) acc[key(r)] = (acc[key(r)] || 0) + 1; return acc; }, {});
  const bars = (counts) => Object.keys(counts).sort(byStart).map((key) => ({ key, n: counts[key] }));

  /* A law's inspections by year or range, as /laws counts them (graph.inspections): each inspection once,
     in its own year (that of its statements, however many reports state it); a follow-up of an earlier
     inspection shows in its own year apart (``follow``), not counted again, and so does one of an inspection no
     stored report states (followed_up_only). Sums to times_inspected, but for inspections no year dates (``undated``). */
  function inspectionsByYear(law) {
    const own = {}, follow = {};
    law.evidence.filter((e) => !e.follow_up).forEach((e) => { own[e.inspection] = when(e); });
    law.evidence.filter((e) => e.follow_up && when(e) !== own[e.inspection] && when(e) !== null)
      .forEach((e) => { (follow[when(e)] = follow[when(e)] || new Set()).add(e.inspection); });
    const counts = tally(Object.values(own), (k) => k);
    const keys = [...new Set([...Object.keys(counts), ...Object.keys(follow)])].sort(byStart);
    return { bars: keys.map((key) => ({ key, n: counts[key] || 0, follow: follow[key]?.size || 0 })),
             undated: Object.values(own).filter((k) => k === null).length };
  }

  async function lawSummary(iri) {
    const law = (await lawRows()).find((r) => r.iri === iri);
    if (!law || !reported(law)) return `<h3>${t("inspectedBy")}</h3><p class="muted">${t("neverInspectedYet")}${
      law ? ` ${esc(t("plannedInspections", { n: law.planned_inspections }))}` : ""}</p>`;
    const { bars: perYear, undated } = inspectionsByYear(law);
    return `<h3>${t("inspectedBy")}</h3><ul class="plain inspected-by">${law.organs.map((o) => `<li>${esc(o)}</li>`).join("")}</ul>
      <p class="muted law-count">${t("inspectionsPerYear")} · ${t("inspectionsStated", { n: law.times_inspected, m: law.evidence_total })}</p>
      ${yearChart(perYear)}<p class="muted definition">${t("inspectionDefinition")}${undated ? ` ${t("undatedInspections", { n: undated })}` : ""}</p>`;
  }
  /* The accountability loop of a law: each activity of its timeline with the findings, its group's recommendations,
     opinions and handling reports tied to it, and the earlier activity a follow-up follows up (across reports too);
     a follow-up naming the year of the inspection it follows up says so, and whether a stored report states it. */
  function loopSummary(rows) {
    const inLoop = rows.filter((r) => (r.loop && r.loop.length) || (r.follows_up && r.follows_up.length) || r.stage === "follow_up");
    if (!inLoop.length) return "";
    const label = (x) => (state.lang === "zh" ? x.label : x.label_en) || x.label || x.iri;
    const byIri = Object.fromEntries(rows.map((r) => [r.iri, r]));
    return `<h3>${t("loop")}</h3><ol class="plain loop">${inLoop.map((r) => `<li data-stage="${esc(r.stage)}">
      <strong>${esc(t("stage_" + r.stage))}</strong> · ${esc(label(r))}${r.status === "planned" ? ` <em>${t("planned")}</em>` : ""}
      ${r.follows_year ? `<div class="muted follows-year">↳ ${esc(t((r.follows_up || []).length ? "followsYear" : "followsYearUnstored", { year: r.follows_year }))}</div>` : ""}
      ${(r.follows_up || []).map((f) => `<div class="muted">↳ ${t("followsUp")}: ${esc(byIri[f] ? label(byIri[f]) : f)}</div>`).join("")}
      ${(r.loop || []).length ? `<ul class="plain">${r.loop.map((s) => `<li class="step"><span class="muted">${esc(classLabel(s.type))}</span>
        ${esc(s.evidence || label(s))}</li>`).join("")}</ul>` : ""}</li>`).join("")}</ol>`;
  }
  /* An organ's work as /organs counts it: the activities it conducted that the reports state done, by year
     (planned work apart, not counted), its inspections each counted once however many reports state them. */
  async function organSummary(iri, label, rows) {
    const mine = rows.filter((r) => (r.organs || []).includes(iri));
    const done = mine.filter((r) => r.status !== "planned"), planned = mine.length - done.length;
    const overseen = rows.filter((r) => (r.overseen || []).includes(iri) && r.status !== "planned").length;
    const assisted = rows.filter((r) => (r.assisted_by || []).includes(iri) && r.status !== "planned").length;
    const organ = (await api(`/organs?q=${enc(label)}&limit=50`).catch(() => ({ items: [] }))).items.find((o) => o.iri === iri);
    const kinds = tally(done, (r) => r.kind || mostSpecific(r.types));
    const undated = done.filter((r) => when(r) === null).length;
    const line = ([k, n]) => k === "LawEnforcementInspection" && organ
      ? `<li data-kind="${k}">${esc(classLabel(k))}: ${t("inspectionsStated", { n: organ.inspections, m: n })}</li>`
      : `<li data-kind="${esc(k)}">${esc(classLabel(k))}: ${n}</li>`;
    return `<h3>${t("activitiesByYear")}</h3>
      <p class="muted organ-count">${t("organCounts", { n: done.length, overseen, assisted, planned })}</p>
      ${yearChart(bars(tally(done, when)))}${undated ? `<p class="muted">${t("undatedActivities", { n: undated })}</p>` : ""}
      <ul class="plain kinds">${Object.entries(kinds).sort((a, b) => b[1] - a[1]).map(line).join("")}</ul>
      <p class="muted definition">${t("organDefinition")}</p>`;
  }
  /* A deputy's panel (round 43, a first-time analyst's finding 8): what they did, the activities involving them as
     /deputies lists them (okg:involvesDeputy: told in the sentence naming them), each with its sentence as evidence. */
  async function deputyActivities(iri, label) {
    const row = (await api(`/deputies?q=${enc(label || "")}&limit=1000`).catch(() => ({ items: [] }))).items
      .find((d) => d.iri === iri);
    const acts = await Promise.all(((row && row.activities) || []).slice(0, 50)
      .map((a) => api(`/entities/${enc(a)}`).catch(() => null)));
    return acts.filter(Boolean);
  }
  function deputySummary(acts) {
    return `<h3>${t("deputyActivities")}</h3>${acts.length
      ? `<ul class="plain deputy-activities">${acts.map((a) => `<li data-kind="${esc(mostSpecific((a.types || [])
        .filter((c) => c !== "OversightActivity")) || "")}">${esc(okg.nodeLabel(a))}</li>`).join("")}</ul>`
      : `<p class="muted">${t("noDeputyActivities")}</p>`}`;
  }
  /* An organ's part in a timeline's activity when it is no sole conductor: a joint partner (jointly_with) or an organ
     that only assisted the work (assisted_by, never counted as conducting it; round 32). */
  const organRole = (r, iri) => ((r.assisted_by || []).includes(iri) ? "assisted"
    : (r.jointly_with || []).includes(iri) ? "joint" : null);
  const statusText = (s) => (s ? t("status_" + s) : "");
  /* A property's value as a reader wants it: a status in the UI's language, a label in it (the builder
     writes one per language), several values one a line. */
  /* A text the data gives in both languages (an issue's 定义, skos:definition @zh and @en, round 49): the UI's
     language's alone, as a label is. */
  const english = (s) => /^[\x00-\x7F]/.test(s);
  const bilingual = (value) => Array.isArray(value) && value.some(english) && value.some((s) => !english(s));
  function propValue(key, value, iri, own) {
    if (key === "status") return esc(statusText(value));
    if (key === "definition" && bilingual(value)) return esc(value.find((s) => english(s) === (state.lang === "en")));
    if (["label", "prefLabel"].includes(key) && state.labels[iri]) return esc(state.labels[iri][state.lang]);
    if (key === "repealed" && value === true && own.repealedOn) return esc(t("repealedSince", { date: own.repealedOn }));
    if (typeof value === "boolean") return esc(t(value ? "yes" : "no"));  // 已废止 是, never a raw true
    return Array.isArray(value) ? value.map(esc).join("<br>") : esc(value);
  }
  /* The rows of the properties table: one name (prefLabel is the label an issue's scheme gives, shown once as 名称), a
     repeal date within 已废止 (round 27: a first-time analyst met two 名称 rows and 「已废止 true」). */
  const shownProps = (own) => Object.entries(own).filter(([k]) => !(k === "prefLabel" && "label" in own) && k !== "repealedOn");
  /* An incoming relation that only restates an outgoing one (SKOS's narrower of the broader concept): shown once. */
  const INVERSES = { narrower: "broader", broader: "narrower" };
  const restated = (r, all) => r.direction === "in" && INVERSES[r.type]
    && all.some((o) => o.direction === "out" && o.type === INVERSES[r.type] && o.iri === r.iri);
  /* A relation as read from the entity shown: an incoming one by its inverse (下设 for subOrganOf, conducts
     for conductedBy). */
  function relationLabel(r) {
    if (r.direction === "out") return propLabel(r.type);
    const inverse = t("inv_" + r.type);
    return inverse !== "inv_" + r.type ? inverse : t("inverseOf", { p: propLabel(r.type) });
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
      if (["OversightActivity", "LawEnforcementInspection"].includes(g)) okg.learnActivity(entity);
      let evidence = [], rows = [];
      if (["Law", "Organ"].includes(g)) {  // their sentences are the activities' evidence, with year, kind and status
        rows = await okg.every(`/${g === "Law" ? "laws" : "organs"}/${enc(iri)}/timeline?undated=true`).catch(() => []);
        rows.forEach((r) => okg.learnLabels(r.iri, [r.label, r.label_en]));
        evidence = rows.filter((r) => r.evidence).map((r) => ({ text: r.evidence, report: r.report, start: r.start,
          end: r.end, year: when(r), date: r.date && r.date.length > 4 ? r.date : null,  // 2023-04-12, 2023-08: its day or month
          kind: r.kind || mostSpecific(r.types), status: r.status, role: organRole(r, iri) }));
      }
      const acts = g === "Deputy" ? await deputyActivities(iri, entity.label) : [];
      acts.forEach((a) => okg.learnLabels(a.iri, (a.properties || {}).label));
      evidence = evidence.concat(acts.flatMap((a) => (a.evidence || []).filter((e) => e.iri === a.iri).map((e) => ({
        ...e, kind: mostSpecific((e.types || []).filter((c) => c !== "OversightActivity")) }))));
      const own = entity.properties || {};
      evidence = evidence.concat((entity.evidence || []).map((e) => ({ ...e, year: e.iri === iri ? when({ year: own.year,
        year_from: own.yearFrom, year_to: own.yearTo }) : null, kind: mostSpecific((e.types || []).filter((c) => c !== "OversightActivity"))
        || mostSpecific(e.types) })));
      const seen = new Set();
      evidence = evidence.filter((e) => !seen.has(`${e.report}|${e.start}`) && seen.add(`${e.report}|${e.start}`));
      const summary = g === "Law" ? await lawSummary(iri) + loopSummary(rows)
        : g === "Organ" && rows.length ? await organSummary(iri, entity.label, rows)
        : g === "Deputy" ? deputySummary(acts) : "";
      const relations = (entity.relations || []).filter((r, _, all) => !okg.isMention(r.types) && !restated(r, all));
      // a statistic's measure class by its name in the UI's language (统计事项类别: 满意率 / measure class: satisfaction rate)
      await Promise.all(relations.filter((r) => r.types.includes("MeasureClass") && !state.labels[r.iri])
        .map((r) => api(`/entities/${enc(r.iri)}`).then(okg.learnFact).catch(() => {})));
      const mentions = (entity.relations || []).length - relations.length;
      box.innerHTML = `<h2>${esc(okg.nodeLabel({ iri, label: entity.label, types: entity.types }))}</h2>
        <p class="types">${(entity.types || []).map((c) => `<span style="background:${colour(group([c]))}">${esc(classLabel(c))}</span>`).join("")}</p>
        <p class="muted" style="word-break:break-all">${esc(entity.iri)}</p>
        <button type="button" id="expand-selected">${t("expand")}</button>
        <div class="summary">${summary}</div>
        <h3>${t("evidence")}</h3>
        ${evidence.length ? `<ul class="plain evidence">${evidence.map((e) => `<li><div class="sentence">${esc(e.text)}</div>
          <div class="muted">${e.date ? `<span class="date">${esc(e.date)}</span> · ` : e.year ? esc(e.year) + " · " : ""}${e.kind ? esc(classLabel(e.kind)) + " · " : ""}${e.role
            ? `<span class="role" data-role="${e.role}">${esc(t("role_" + e.role))}</span> · ` : ""}${e.status
            ? `<span class="status" data-status="${esc(e.status)}">${esc(statusText(e.status))}</span> · ` : ""}
          ${e.report ? `<a class="report-link" href="reports/${enc(e.report)}" data-report="${esc(e.report)}"
            data-start="${e.start ?? ""}" data-end="${e.end ?? ""}">${t("openReport")}</a>` : ""}</div></li>`).join("")}</ul>`
          : `<p class="muted">${t("noEvidence")}</p>`}
        <h3>${t("properties")}</h3>
        <dl class="props">${shownProps(own).map(([k, v]) =>
          `<dt title="${esc(k)}">${esc(propLabel(k))}</dt><dd>${propValue(k, v, iri, own)}</dd>`).join("")}</dl>
        <h3>${t("relations")}</h3>
        <ul class="plain relations">${relations.slice(0, 200).map((r) => `<li data-direction="${r.direction}">${r.direction === "out" ? "→" : "←"}
          ${esc(relationLabel(r))}: <a class="relation" data-iri="${esc(r.iri)}">${esc(okg.nodeLabel(r))}</a></li>`).join("")}</ul>
        ${mentions ? `<p class="muted mentions">${t("mentionsApart", { n: mentions })}</p>` : ""}`;
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

  /* The text cut at every span's bounds, each piece with the spans covering it, as the API's segments are (offsets
     count code points, as Python's do: a character beyond the BMP is one). */
  function segmentsOf(text, spans) {
    const chars = Array.from(text);
    const valid = spans.filter((s) => s.start >= 0 && s.start < s.end && s.end <= chars.length);
    const cuts = [...new Set([0, chars.length, ...valid.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
    const opening = new Map(), open = new Set();
    valid.forEach((s) => opening.set(s.start, [...(opening.get(s.start) || []), s]));
    return cuts.slice(0, -1).map((from, i) => {
      open.forEach((s) => { if (s.end <= from) open.delete(s); });
      (opening.get(from) || []).forEach((s) => open.add(s));
      return { text: chars.slice(from, cuts[i + 1]).join(""), start: from, spans: [...open].map((s) => s.iri) };
    });
  }

  function markText(text, spans, start, end) {
    $("#report-text").innerHTML = segmentsOf(text, spans).map((s) => s.spans.length
      ? `<mark data-start="${s.start}" class="${s.start >= start && s.start < end ? "current" : ""}"
           title="${esc(s.spans.map((x) => x.split("/").slice(-2, -1)).join(", "))}">${esc(s.text)}</mark>`
      : esc(s.text)).join("");
  }

  let reportOpened = 0;  // the report view's latest opening: a page arriving for an earlier one is dropped

  /* A report's text with its evidence marked. A long report's spans come a page at a time (OKG_MAX_LIMIT, in the
     text's order): the pages up to the fact opened (``start``) are read before the text is shown, so its evidence
     is marked wherever it lies, and each later page when asked for (#report-more): a page holds the whole text, so
     the pages of a report of 24k spans would be 24 of 8 MB (round 27, first-time analysts: only the first page was
     asked for, so a long report's later evidence was never marked). */
  async function openReport(iri, start, end) {
    const opened = ++reportOpened, more = $("#report-more");
    more.hidden = true;
    try {
      const report = await api(`/reports/${enc(iri)}`);
      const spans = [...report.spans];
      const next = async () => {
        const page = await api(`/reports/${enc(iri)}?offset=${spans.length}&limit=${report.limit}`);
        spans.push(...page.spans);
        return page.spans.length > 0;
      };
      while (spans.length < report.spans_total && !(spans[spans.length - 1]?.start > start) && await next());
      if (opened !== reportOpened) return;
      $("#report-title").textContent = report.title || report.iri;
      // the publisher by name, then every source: a web address as a link, a file by the name the report states
      // (its path in the folder ingested, never a path of the server)
      const sources = (report.sources || [report.source]).filter(Boolean).map((u) => /^https?:\/\//i.test(u)
        ? `<a class="source" href="${esc(u)}" target="_blank" rel="noopener noreferrer">${esc(u)}</a>`
        : `<span class="source file">${esc(u)}</span>`);
      $("#report-meta").innerHTML = [esc(report.year ?? (report.year_from ? `${report.year_from}–${report.year_to}` : "")),
        esc(report.publisher_label), ...sources].filter(Boolean).join(" · ");
      const show = () => {
        const box = $("#report-text"), top = box.scrollTop;
        markText(report.text, spans, start, end);
        box.scrollTop = top;
        more.textContent = t("moreSpans", { n: spans.length, total: report.spans_total });
        more.hidden = spans.length >= report.spans_total;
      };
      more.onclick = async () => {
        more.disabled = true;
        try { if (await next() && opened === reportOpened) show(); } catch (err) { fail(err); } finally { more.disabled = false; }
      };
      show();
      $("#report-view").hidden = false;
      $("#report-text mark.current")?.scrollIntoView({ block: "center" });
    } catch (err) { fail(err); }
  }
  $("#report-close").onclick = () => { $("#report-view").hidden = true; };
  document.addEventListener("keydown", (ev) => { if (ev.key === "Escape") $("#report-view").hidden = true; });

  // --- search with suggestions (also used by the path finder) ---
  /* A field with suggestions, a combobox: typing asks /search (after a pause), the mouse or ArrowDown/ArrowUp and
     Enter choose. A key pressed before the suggestions of the field's text have come waits for them, and answers only
     to them: never to a list left from an earlier text, hidden or not (round 44: ArrowDown+Enter chose the law picked
     before, or nothing, by how fast /search answered). Enter with none marked chooses the first. The choice is the
     field's `data-iri` while its text stands; editing the text drops it. Enter in a field whose choice stands calls
     `onEnter` (the path finder searches then, round 45). Returns the IRI the field names: its choice, else the one
     suggestion whose label is the text as typed (a name typed in full), else "". */
  function suggest(input, list, onPick, onEnter = () => {}) {
    let timer = null, items = [], shownFor = null, active = -1, seq = 0, pending = null;
    const render = () => {
      list.innerHTML = items.length ? items.map((n, i) => `<li role="option" data-i="${i}" aria-selected="${i === active}"${
        i === active ? ' class="active"' : ""}><span>${esc(okg.nodeLabel(n))}${
        n.place ? ` · <span class="place">${esc(n.place)}</span>` : ""}</span>
        <span class="type">${esc(classLabel(mostSpecific(n.types)))}</span></li>`).join("")
        : `<li class="muted">${t("noResults")}</li>`;
      list.querySelector("li.active")?.scrollIntoView({ block: "nearest" });
    };
    // the suggestions of the field's text now, asked once however many keys wait for them
    const load = () => {
      const q = input.value.trim();
      if (pending?.q === q) return pending.done;
      const mine = ++seq;
      const done = (async () => {
        let found = [];
        if (q) {
          try { found = (await api(`/search?q=${enc(q)}&limit=12`)).items; } catch (err) { pending = null; fail(err); return; }
        }
        if (mine !== seq) return;  // a later text's suggestions replace these
        // a statistic's hit carries its English label and place: 满意率 98% · 2024 · 大埔县, never a dozen alike
        found.forEach((n) => okg.learnLabels(n.iri, [n.label, n.label_en]));
        items = found; shownFor = q; active = -1;
        render();
        list.hidden = !q || document.activeElement !== input;
      })();
      pending = { q, done };
      return done;
    };
    const pick = (i) => {
      const node = items[i];
      input.value = okg.nodeLabel(node);
      input.dataset.iri = node.iri;
      list.hidden = true;
      onPick(node);
    };
    input.addEventListener("input", () => {
      delete input.dataset.iri;
      clearTimeout(timer);
      timer = setTimeout(load, 200);
    });
    // a suggestion keeps the focus in the field; leaving the field closes the list, which then covers nothing
    list.addEventListener("mousedown", (ev) => ev.preventDefault());
    input.addEventListener("blur", () => { list.hidden = true; });
    list.addEventListener("click", (ev) => {
      const li = ev.target.closest("li[data-i]");
      if (li) pick(Number(li.dataset.i));
    });
    input.addEventListener("keydown", async (ev) => {
      if (ev.key === "Escape") { list.hidden = true; return; }
      if (ev.isComposing || !["ArrowDown", "ArrowUp", "Enter"].includes(ev.key)) return;
      ev.preventDefault();
      const q = input.value.trim();
      if (ev.key === "Enter" && q && input.dataset.iri) { list.hidden = true; onEnter(); return; }  // chosen already
      if (!q) return;  // nothing typed
      if (shownFor !== q) { clearTimeout(timer); await load(); }
      if (shownFor !== q || input.value.trim() !== q || !items.length) return;  // no suggestion, or the text moved on
      if (ev.key === "Enter") { pick(active >= 0 ? active : 0); return; }
      const n = items.length, step = ev.key === "ArrowDown" ? 1 : -1;
      if (list.hidden) active = Math.max(0, active);  // the first key opens the list, marking the first
      else active = active < 0 ? (step > 0 ? 0 : n - 1) : (active + step + n) % n;
      render();
      list.hidden = false;
    });
    return async () => {
      if (input.dataset.iri) return input.dataset.iri;
      const q = input.value.trim();
      if (!q) return "";
      if (shownFor !== q) { clearTimeout(timer); await load(); }
      const named = shownFor === q ? items.filter((n) => okg.nodeLabel(n) === q || n.label === q) : [];
      return named.length === 1 ? named[0].iri : "";
    };
  }
  suggest($("#search"), $("#suggestions"), (node) => { addNode(node); showDetails(node.iri); setTimeout(() => focus(node.iri), 50); });
  /* The path finder (round 45, newuser30 T3). A choice moves the focus on, as in a form: from "from" to "to", from
     "to" to 查找路径, so type, Enter, type, Enter, Enter finds the paths (round 46, newuser31 B9: the focus stayed in
     the field chosen, and the next end typed was appended to the first). Enter in a field whose choice stands (one
     gone back to) searches as the button does (in the "from" field it moves to "to" while that names nothing). The result never shows a search the fields no longer name:
     editing a field or the option clears it, and an answer that comes after the fields changed is dropped. Each line
     names the relation of every step, with its direction, and an activity's conducting organs, so two paths through
     two inspections alike (one the organ assisted, 协助开展, one it held jointly, 联合开展) read apart; paths that
     still read alike are one line with their count. A new search takes the earlier paths' nodes off the canvas
     (those it added; nodes there before stay) unless "keep earlier paths" is ticked. */
  const pathFields = [...document.querySelectorAll("#panel-path .search")];
  const [pathFrom, pathTo] = pathFields.map((wrap, i) => suggest(wrap.querySelector("input"), wrap.querySelector("ul"),
    () => $(i === 0 ? "#path-to" : "#find-path").focus(), () => {
      const to = $("#path-to");
      if (i === 0 && !to.dataset.iri && !to.value.trim()) to.focus();
      else findPaths();
    }));
  let pathSearch = 0;  // the search whose answer the result panel may show; a change of the fields moves it on
  let pathAdded = { nodes: [], edges: [] };  // what the last search put on the canvas that was not there before
  const staleResult = () => { pathSearch += 1; $("#path-result").innerHTML = ""; };
  ["#path-from", "#path-to"].forEach((id) => $(id).addEventListener("input", staleResult));
  $("#path-mentions").addEventListener("change", staleResult);

  /* Paths through a schema hub (the ontology, the issue scheme) say nothing: they are left out. */
  const throughHub = (path) => path.nodes.slice(1, -1).some((n) => (n.types || []).some((c) => HUB_TYPES.has(c))
    || /ontology#?$|issue-scheme$/.test(n.iri));
  const isActivity = (n) => ["OversightActivity", "LawEnforcementInspection"].includes(group(n.types));
  /* A path's line: each node's label (an activity's with its conducting organs), each step's relation with its
     direction (—conducted by→ from the node before, ←concerns law— towards it). */
  function pathLine(path) {
    const node = (n) => {
      const organs = isActivity(n) ? okg.state.acts[n.iri]?.organs || [] : [];
      return esc(okg.nodeLabel(n)) + (organs.length ? `（${esc(t("pathOrgans", { organs: organs.join("、") }))}）` : "");
    };
    return path.nodes.map((n, i) => {
      if (!i) return node(n);
      const a = path.nodes[i - 1].iri;
      const e = path.edges.find((x) => (x.source === a && x.target === n.iri) || (x.source === n.iri && x.target === a));
      const step = !e ? " → " : e.source === a ? ` —${esc(propLabel(e.type))}→ ` : ` ←${esc(propLabel(e.type))}— `;
      return `<span class="step">${step}</span>${node(n)}`;
    }).join("");
  }
  /* The lines of the paths, those that read alike merged: [{line, paths}] in the order found. */
  function pathLines(paths) {
    const lines = new Map();
    paths.forEach((p) => { const line = pathLine(p); lines.set(line, [...(lines.get(line) || []), p]); });
    return [...lines].map(([line, alike]) => ({ line, paths: alike }));
  }
  function dropEarlierPaths() {
    if ($("#path-keep").checked) { pathAdded = { nodes: [], edges: [] }; return; }
    okg.edges.remove(pathAdded.edges.filter((id) => okg.edges.get(id)));
    okg.nodes.remove(pathAdded.nodes.filter((id) => okg.nodes.get(id)));
    pathAdded = { nodes: [], edges: [] };
  }
  async function findPaths() {
    const out = $("#path-result");
    const mine = ++pathSearch;
    const [from, to] = await Promise.all([pathFrom(), pathTo()]);
    if (mine !== pathSearch) return;
    if (!from || !to) { out.textContent = t("pickBoth"); return; }
    out.innerHTML = `<p class="muted">${t("loading")}</p>`;
    try {
      // a report naming both ends short-cuts every path through the oversight: left out unless asked (round 27)
      const mentions = $("#path-mentions").checked;
      const found = (await api(`/paths?from=${enc(from)}&to=${enc(to)}&max_hops=6&limit=20&mentions=${mentions}`)).items;
      const paths = found.filter((p) => !throughHub(p));
      const acts = [...new Set(paths.flatMap((p) => p.nodes.filter(isActivity).map((n) => n.iri)))]
        .filter((iri) => !okg.state.acts[iri]);
      await Promise.all(acts.map((iri) => api(`/entities/${enc(iri)}`).then(okg.learnFact).catch(() => {})));
      if (mine !== pathSearch) return;  // the fields changed meanwhile: this answer is not theirs
      dropEarlierPaths();
      const before = { nodes: new Set(okg.nodes.getIds()), edges: new Set(okg.edges.getIds()) };
      paths.forEach(okg.addGraph);
      okg.placePaths(paths);  // columns from the start, beside the rest: never one node on another
      pathAdded = { nodes: okg.nodes.getIds().filter((id) => !before.nodes.has(id)),
                    edges: okg.edges.getIds().filter((id) => !before.edges.has(id)) };
      const hidden = found.length - paths.length;
      const lines = pathLines(paths);
      out.innerHTML = (paths.length ? `<p>${t("pathFound", { n: paths.length })}</p><ol>${lines.map(({ line, paths: alike }) =>
        `<li>${line}${alike.length > 1 ? ` <span class="muted">${t("pathsAlike", { n: alike.length })}</span>` : ""}</li>`)
        .join("")}</ol>` : `<p>${t("noPath")}</p>`)
        + (hidden ? `<p class="muted">${t("hubPaths", { n: hidden })}</p>` : "");
      if (paths.length) okg.network.selectNodes([...new Set(paths.flatMap((p) => p.nodes.map((n) => n.iri)))]);
    } catch (err) { fail(err); }
  }
  $("#find-path").onclick = findPaths;
  okg.pathLines = pathLines;

  /* The inspecting organs of a law's row: the one, or the first and how many (湖南省人大常委会 等2个机关), never
     "+n", which the table keeps for follow-ups (round 27: a first-time analyst read 「+1」 as a follow-up). */
  function organsCell(organs) {
    return organs.length > 1 ? t("organsMore", { first: organs[0], n: organs.length }) : organs[0] || "";
  }

  // --- laws-inspected table ---
  const sort = { key: "times", dir: -1 };
  async function renderLaws() {
    let rows;
    try { rows = await lawRows(); } catch (err) { fail(err); return; }
    const status = $("#laws-status").value;
    if (status) rows = rows.filter(LAW_STATUS[status]);
    const byYear = new Map(rows.map((r) => [r.iri, inspectionsByYear(r)]));
    const perYear = new Map(rows.map((r) => [r.iri, Object.fromEntries(byYear.get(r.iri).bars.map((b) => [b.key, b]))]));
    const years = [...new Set(rows.flatMap((r) => Object.keys(perYear.get(r.iri))))].sort(byStart);
    /* Inspections no year dates get a column of their own when any row has them, so a row's year columns and
       undated column add up to its count (a fresh user read 11 against year columns adding up to 9). */
    const undated = (r) => byYear.get(r.iri).undated;
    const undatedCols = rows.some((r) => undated(r)) ? [["undated", t("undatedColumn"), undated]] : [];
    const count = (r, y) => perYear.get(r.iri)[y]?.n || 0;
    const cell = (r, y) => { const b = perYear.get(r.iri)[y];
      return `${b?.n ? `<span class="n">${b.n}</span>` : ""}${b?.follow ? `<span class="follow" title="${esc(t("followUpsOf", { n: b.follow }))}">+${b.follow}</span>` : ""}`; };
    const cols = [["title", t("law"), (r) => r.title], ["level", t("level"), (r) => lawTerm(r.law_level)],
      ["times", t("times"), (r) => r.times_inspected], ["planned", t("plannedColumn"), (r) => r.planned_inspections], ...years.map((y) => [`y${y}`, String(y), (r) => count(r, y)]),
      ...undatedCols, ["organs", t("organs"), (r) => r.organs.length]];
    const value = (cols.find((c) => c[0] === sort.key) || cols[2])[2];
    const sorted = [...rows].sort((a, b) => { const x = value(a), y = value(b);
      return (typeof x === "number" ? x - y : String(x).localeCompare(String(y), "zh")) * sort.dir; });
    const titles = { undated: t("undatedColumnTitle"), planned: t("plannedColumnTitle") };
    $("#laws-table thead").innerHTML = `<tr>${cols.map(([k, label]) => `<th data-key="${k}"${titles[k] ? ` title="${esc(titles[k])}"` : ""}
      aria-sort="${k === sort.key ? (sort.dir > 0 ? "ascending" : "descending") : "none"}">${esc(label)}</th>`).join("")}</tr>`;
    $("#laws-table tbody").innerHTML = sorted.map((r) => `<tr><td><a class="law" data-iri="${esc(r.iri)}">${esc(r.title)}</a></td>
      <td>${esc(lawTerm(r.law_level))}</td><td class="num">${r.times_inspected}</td>
      <td class="num planned">${r.planned_inspections || ""}</td>
      ${years.map((y) => `<td class="num" data-year="${esc(y)}">${cell(r, y)}</td>`).join("")}
      ${undatedCols.length ? `<td class="num undated">${undated(r) || ""}</td>` : ""}
      <td class="organs" title="${esc(r.organs.join("\n"))}">${esc(organsCell(r.organs))}</td></tr>`).join("");
  }
  $("#laws-table thead").addEventListener("click", (ev) => {
    const th = ev.target.closest("th");
    if (!th) return;
    Object.assign(sort, { key: th.dataset.key, dir: sort.key === th.dataset.key ? -sort.dir : -1 });
    renderLaws();
  });
  $("#laws-status").addEventListener("change", () => renderLaws());
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
    ["level", "category", "inspected", "jurisdiction"].forEach((k) => { if (coverage[k]) query.set(k === "level" ? "law_level" : k, coverage[k]); });
    try {
      const page = await api(`/coverage?${query}`);
      coverage.summary = coverage.summary || page.summary;
      const options = (key, values) => [`<option value="">${t(key === "inspected" ? "allLaws" : "all")}</option>`, ...values.map(([v, label]) =>
        `<option value="${esc(v)}" ${coverage[key] === v ? "selected" : ""}>${esc(label)}</option>`)].join("");
      const distinct = (key) => [...new Set(coverage.summary.map((s) => s[key]).filter(Boolean))].sort().map((v) => [v, lawTerm(v)]);
      box.innerHTML = `<table><thead><tr><th>${t("level")}</th><th>${t("category")}</th><th>${t("lawsCount")}</th>
        <th>${t("inspected")}</th><th>${t("followedUpOnly")}</th><th>${t("neverInspected")}</th></tr></thead><tbody>${page.summary.map((s) =>
        `<tr><td>${esc(lawTerm(s.law_level))}</td><td>${esc(lawTerm(s.category))}</td><td class="num">${s.laws}</td><td class="num">${s.inspected}</td>
        <td class="num">${s.followed_up_only}</td><td class="num">${s.never_inspected}</td></tr>`).join("")}</tbody></table>
        <div class="filters"><select id="cov-level">${options("level", distinct("law_level"))}</select>
          <select id="cov-category">${options("category", distinct("category"))}</select>
          <select id="cov-inspected">${options("inspected", [["false", t("neverInspected")], ["true", t("inspected")]])}</select>
          ${coverage.jurisdiction ? `<span class="chip" id="cov-area">${esc(t("inArea", { area: coverage.areaLabel }))}
            <button type="button" id="cov-area-clear" aria-label="${esc(t("allAreas"))}">×</button></span>` : ""}</div>
        <h3>${t(coverage.inspected === "true" ? "inspected" : coverage.inspected ? "neverInspectedList" : "allLaws")} (${page.total})</h3>
        <ul class="plain" id="coverage-laws">${page.items.map((l) =>
        `<li>${esc(l.title)} <span class="muted">${esc(lawTerm(l.law_level))}${l.times_inspected ? ` · ${l.times_inspected} ${t("times")}` : ""}${
          l.repealed ? ` · <span class="repealed">${esc(l.repealed_on ? t("repealedOnMark", { date: l.repealed_on }) : t("repealedMark"))}</span>` : ""}</span></li>`).join("")}</ul>
        ${page.repealed_left_out ? `<p class="muted" id="cov-left-out">${esc(page.period_from
          ? t("repealedLeftOut", { n: page.repealed_left_out, year: page.period_from })
          : t("repealedLeftOutUndated", { n: page.repealed_left_out }))}</p>` : ""}
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
