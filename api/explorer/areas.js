/* The areas panel over window.okg: drill down from the provinces to a city, a county and the organs
   there, each row with its inspections, other activities, activities overseen in, reports published and laws inspected (sub-areas
   included, as /activities and /coverage count them), an area's rows also the inspections, activities and laws of the
   work that took place there whoever did it (/activities?place=), a breadcrumb back up. Clicking an organ puts
   it on the canvas and opens its details; an area goes on the canvas with its organs, or opens
   the coverage of the laws its organs inspected. */
"use strict";
(() => {
  const okg = window.okg;
  const { api, t, esc, enc, fail, addNode, focus } = okg;
  const $ = (sel) => document.querySelector(sel);
  const view = { area: null, rows: [], organs: [] };  // area: the /areas/{code} answer, null at the top
  const active = (r) => r.reports_published || r.activities || r.planned || r.took_place_activities;
  // inspections counted once however many reports state them (GET /areas), the activities that state none, and the
  // activities its organs were overseen in (an organ only overseen reads active, not idle); an area's rows add,
  // apart, the work that took place there whoever did it (赴赣州市…: took_place_*), never summed with its organs'
  const numbers = (r) => [r.inspections, r.other_activities, r.overseen, r.reports_published, r.laws_inspected];
  const th = (h, title = "") => `<th scope="col" class="num"${title ? ` title="${esc(title)}"` : ""}>${esc(h)}</th>`;
  // an area's rows add one column, apart: the inspections · activities · laws inspected of the work that took place
  // there whoever did it (赴赣州市…: took_place_*, /activities?place=), never summed with its organs' counts
  const heads = (where) => [t("inspections"), t("otherActivities"), t("overseenCount"), t("reportsPublished"),
    t("lawsInspectedCount")].map((h) => th(h)).join("") + (where ? th(t("tookPlaceHere"), t("tookPlaceNote")) : "");
  const cells = (r, where) => numbers(r).map((n) => `<td class="num">${n}</td>`).join("") + (where
    ? `<td class="num took-place">${[r.took_place_inspections, r.took_place_activities, r.took_place_laws_inspected].join("·")}</td>` : "");

  async function load(code, moveFocus = true) {
    try {
      if (code) {
        const [area, organs] = await Promise.all([api(`/areas/${enc(code)}`),
          api(`/areas/${enc(code)}/organs?sub_areas=false&limit=1000`)]);
        Object.assign(view, { area, rows: area.children, organs: organs.items });
      } else {
        Object.assign(view, { area: null, rows: (await api("/areas?level=province&limit=1000")).items.filter(active), organs: [] });
      }
      render();
      if (moveFocus) $("#areas h2").focus();  // keyboard users go on from the new level
    } catch (err) { fail(err); }
  }

  function render() {
    const area = view.area;
    const trail = area ? area.within.filter((a) => a.level !== "national").reverse() : [];  // the nation is 全国 (allAreas)
    const crumbs = [area ? `<li><button type="button" class="crumb" data-code="">${esc(t("allAreas"))}</button></li>`
      : `<li aria-current="page">${esc(t("allAreas"))}</li>`,
      ...trail.map((a) => `<li><button type="button" class="crumb" data-code="${esc(a.code)}">${esc(a.label)}</button></li>`),
      ...(area ? [`<li aria-current="page">${esc(area.label)}</li>`] : [])];
    $("#areas").innerHTML = `<nav aria-label="${esc(t("breadcrumb"))}"><ol class="crumbs">${crumbs.join("")}</ol></nav>
      <h2 tabindex="-1">${esc(area ? area.label : t("allAreas"))}</h2>
      ${area ? `<table class="area-total"><thead><tr><th scope="col">${t("areaTotal")}</th>${heads(true)}</tr></thead>
        <tbody><tr data-code="${esc(area.code)}"><td>${esc(t("level_" + area.level))} · ${area.organs} ${esc(t("organsCount"))}</td>${cells(area, true)}</tr></tbody></table>
        <p class="area-actions"><button type="button" id="area-canvas">${t("showOnCanvas")}</button>
          <button type="button" id="area-coverage">${t("coverageHere")}</button></p>` : ""}
      ${view.rows.length ? `<h3>${t(area ? "subAreas" : "provinces")}</h3>
      <table id="area-rows"><thead><tr><th scope="col">${t("area")}</th>${heads(true)}</tr></thead><tbody>${view.rows.map((r) =>
        `<tr data-code="${esc(r.code)}"><td><button type="button" class="link drill" data-code="${esc(r.code)}">${esc(r.label)}</button></td>${cells(r, true)}</tr>`).join("")}</tbody></table>` : ""}
      ${area ? `<h3>${t("organsHere")}</h3>${view.organs.length ? `<table id="area-organs"><thead><tr><th scope="col">${t("organ")}</th>${heads(false)}</tr></thead>
        <tbody>${view.organs.map((o, i) => `<tr data-iri="${esc(o.iri)}"><td><button type="button" class="link organ" data-i="${i}">${esc(o.label)}</button></td>${cells(o, false)}</tr>`).join("")}</tbody></table>`
        : `<p class="muted">${t("noOrgansHere")}</p>`}` : ""}
      <p class="muted">${t("areasNote")}</p>`;
  }

  /* An organ on the canvas, tied to its area when the area is there too. */
  function placeOrgan(organ, at = {}) {
    addNode(organ, okg.nodes.get(organ.iri) ? {} : at);
    if (view.area && okg.nodes.get(view.area.iri)) {
      okg.edges.update({ id: `${organ.iri}|jurisdiction|${view.area.iri}`, from: organ.iri, to: view.area.iri,
                         type: "jurisdiction", label: okg.propLabel("jurisdiction"), title: okg.propLabel("jurisdiction") });
    }
  }
  /* The area beside what the canvas holds, its organs in a ring around it. The start view (the most inspected laws,
     drawn before anyone asked, fixed in place) gives way first: its laws, which the organs drifted in among, read as
     the area's (a fresh user's round 22); a node someone added, or tied to others by expanding it, stays. */
  function placeArea() {
    const tied = new Set(okg.edges.get().flatMap((e) => [e.from, e.to]));
    okg.nodes.remove(okg.nodes.get({ filter: (n) => n.startView && !tied.has(n.id) }).map((n) => n.id));
    const area = view.area, mine = new Set([area.iri, ...view.organs.map((o) => o.iri)]);
    const pos = Object.values(okg.network.getPositions(okg.nodes.getIds().filter((id) => !mine.has(id))));
    const x = pos.length ? Math.max(...pos.map((p) => p.x)) + 500 : 0;
    const y = pos.length ? (Math.min(...pos.map((p) => p.y)) + Math.max(...pos.map((p) => p.y))) / 2 : 0;
    addNode({ iri: area.iri, label: area.label, types: ["AdministrativeArea"] }, { x, y });
    view.organs.forEach((o, i) => {
      const angle = (2 * Math.PI * i) / view.organs.length;
      placeOrgan(o, { x: x + 260 * Math.cos(angle), y: y + 200 * Math.sin(angle) });
    });
    okg.fitAll();  // the ring spreads as the layout settles: fitted again once settled (a fresh user's round 22)
    okg.network.selectNodes([area.iri]);
  }
  $("#areas").addEventListener("click", (ev) => {
    const button = ev.target.closest("button");
    if (!button) return;
    if (button.matches(".drill, .crumb")) load(button.dataset.code);
    else if (button.matches(".organ")) {
      const organ = view.organs[Number(button.dataset.i)];
      const centre = view.area && okg.network.getPositions([view.area.iri])[view.area.iri];
      placeOrgan(organ, centre ? { x: centre.x + 200, y: centre.y } : {});
      okg.showDetails(organ.iri);
      setTimeout(() => focus(organ.iri), 50);
    } else if (button.id === "area-canvas") placeArea();
    else if (button.id === "area-coverage") okg.coverageIn(view.area.code, view.area.label);
  });

  let loaded = false;
  $("#tab-areas").addEventListener("click", () => { if (!loaded) { loaded = true; load("", false); } });
  const before = okg.onLanguage;
  okg.onLanguage = () => { before(); if (loaded) render(); };
})();
