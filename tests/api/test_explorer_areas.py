"""The explorer's areas panel in Debian's Chromium: from the provinces down to a county and its
organs and back up by the breadcrumb, by mouse and by keyboard, each row's counts what the API's
listings give for that area, an area's coverage, in both languages. OKG_UPDATE_SCREENSHOT=1 also refreshes the
docs/explorer-areas-*.png pictures of each level."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from api_helpers import ARTIFACTS

pytestmark = pytest.mark.browser
DOCS = Path(__file__).resolve().parents[2] / "docs"
HUBEI, WUHAN, XINZHOU = "420000", "420100", "420117"
COMMITTEE = "武汉市新洲区人民代表大会常务委员会"


def get(page: Any, url: str, path: str, **params: str) -> Any:
    response = page.request.get(url + path, params=params)
    assert response.ok, (path, response.status)
    return response.json()


def expected(page: Any, url: str, code: str, organ: str | None = None) -> list[str]:
    """The row of an area (or of one organ there) as the API gives it: inspections, other
    activities, activities overseen in, reports published, laws inspected (test_routes_areas holds these to /activities,
    /organs and /coverage); an area's also, apart, the inspections, activities and laws of the work that took place
    there (round 33: /activities?place=)."""
    if organ is None:
        row = get(page, url, f"/areas/{code}")
        where = ["·".join(str(row[f"took_place_{n}"]) for n in ("inspections", "activities", "laws_inspected"))]
    else:
        row = next(o for o in get(page, url, f"/areas/{code}/organs", limit="1000")["items"] if o["iri"] == organ)
        where = []
    return [str(n) for n in (row["inspections"], row["other_activities"], row["overseen"], row["reports_published"],
                             row["laws_inspected"], *where)]


def shown(page: Any, row: str) -> list[str]:
    return page.locator(f"{row} td.num").all_inner_texts()


def picture(page: Any, name: str, part: str | None = None) -> None:
    """A screenshot of the page (or of its element ``part``) in ARTIFACTS, and in docs/ when asked."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"areas-{name}.png"
    (page.locator(part) if part else page).screenshot(path=str(path))
    if os.environ.get("OKG_UPDATE_SCREENSHOT"):
        DOCS.joinpath(f"explorer-areas-{name}.png").write_bytes(path.read_bytes())


def level(page: Any, name: str | None, title: str) -> None:
    """Wait for the panel to show ``title``; a picture of the panel when ``name`` is given."""
    page.wait_for_function("t => document.querySelector('#areas h2')?.textContent === t", arg=title)
    if name:
        picture(page, name, "aside")


def test_drill_down_to_an_organ_and_back(page: Any, live_server: str) -> None:
    errors: list[str] = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.click("#tab-areas")
    page.wait_for_selector(f"#area-rows tr[data-code='{HUBEI}']")
    for code in page.locator("#area-rows tbody tr").evaluate_all("rows => rows.map(r => r.dataset.code)"):
        assert shown(page, f"#area-rows tr[data-code='{code}']") == expected(page, live_server, code), code
    level(page, "1-provinces", "全国")

    page.click(f"#area-rows button[data-code='{HUBEI}']")
    level(page, "2-province", "湖北省")
    assert shown(page, ".area-total tbody tr") == expected(page, live_server, HUBEI)
    assert shown(page, f"#area-rows tr[data-code='{WUHAN}']") == expected(page, live_server, WUHAN)
    page.click(f"#area-rows button[data-code='{WUHAN}']")
    level(page, "3-city", "武汉市")
    assert page.locator("#areas .crumbs li").all_inner_texts() == ["全国", "湖北省", "武汉市"]

    page.focus(f"#area-rows button[data-code='{XINZHOU}']")  # the keyboard goes down as the mouse does
    page.keyboard.press("Enter")
    level(page, "4-county", "新洲区")
    assert page.evaluate("document.activeElement.textContent") == "新洲区"
    organ = page.locator(f"#area-organs tr:has(button:text-is('{COMMITTEE}'))")
    iri = organ.get_attribute("data-iri")
    assert shown(page, f"#area-organs tr[data-iri='{iri}']") == expected(page, live_server, XINZHOU, iri)
    assert int(shown(page, f"#area-organs tr[data-iri='{iri}']")[0]) >= 1

    page.click("#area-canvas")  # the county and its organs on the canvas, tied by their jurisdiction
    page.wait_for_function("iri => okg.nodes.get(iri) && okg.edges.get().some(e => e.from === iri)", arg=iri)
    page.wait_for_timeout(800)
    picture(page, "5-canvas")
    organ.locator("button").click()
    page.wait_for_function("t => document.querySelector('#details h2')?.textContent === t", arg=COMMITTEE)
    # the canvas selects the node after the panel shows it (a frame later on a loaded machine)
    page.wait_for_function("iri => okg.network.getSelectedNodes().includes(iri)", arg=iri, timeout=5000)
    assert page.evaluate("okg.network.getSelectedNodes()") == [iri]

    page.click("#tab-areas")
    assert page.inner_text("#areas h2") == "新洲区"  # the panel keeps its place
    page.click("#areas .crumbs button:text-is('湖北省')")
    level(page, None, "湖北省")
    page.click("#area-coverage")  # the laws Hubei's organs never inspected, sub-areas included
    page.wait_for_selector("#cov-area")
    never = get(page, live_server, "/coverage", jurisdiction=HUBEI, inspected="false", limit="1")["total"]
    assert page.inner_text("#cov-range").endswith(f"/ {never}")
    page.click("#cov-area-clear")
    page.wait_for_function("() => !document.querySelector('#cov-area')")
    everywhere = get(page, live_server, "/coverage", inspected="false", limit="1")["total"]
    assert page.inner_text("#cov-range").endswith(f"/ {everywhere}") and everywhere < never
    page.click("#tab-areas")
    page.click("#lang-toggle")
    assert page.inner_text("#tab-areas") == "Areas"
    assert page.locator("#area-rows thead th").all_inner_texts() == [  # which count is which (round 33)
        "Area", "Inspections", "Other activities", "Overseen in", "Reports published", "Laws inspected",
        "Done here"]
    assert page.locator("#areas .crumbs li").all_inner_texts() == ["All areas", "湖北省"]
    page.click("#areas .crumbs button:text-is('All areas')")  # the breadcrumb's top
    level(page, None, "All areas")
    assert shown(page, f"#area-rows tr[data-code='{HUBEI}']") == expected(page, live_server, HUBEI)
    assert not errors, errors


def _settled(page: Any) -> None:
    """Wait until the canvas's layout has settled and its fit has run."""
    page.wait_for_function("() => window.__settled === true", timeout=30000)
    page.wait_for_timeout(600)  # the fit's animation


@pytest.mark.parametrize("chain", [(HUBEI, WUHAN), (HUBEI, WUHAN, XINZHOU)], ids=["city", "county"])
def test_an_area_on_the_canvas_replaces_the_start_view_and_shows_every_label(page: Any, live_server: str,
                                                                              chain: tuple[str, ...]) -> None:
    """A fresh user's round 22 (F13): 在图中显示本地区及其机关 drew 武汉市's organs over the start view's most inspected
    laws, which stayed among them as if they were Wuhan's, and the organs' labels on the left edge were cut off."""
    page.wait_for_function("() => okg.nodes.length > 0")
    start = page.evaluate("okg.nodes.getIds()")
    kept = start[0]  # a law of the start view someone expanded is theirs now: it stays, beside the area
    page.evaluate("iri => okg.expand(iri)", kept)
    page.wait_for_function("iri => okg.edges.get().some(e => e.from === iri || e.to === iri)", arg=kept)
    before = set(page.evaluate("okg.nodes.getIds()"))
    page.click("#tab-areas")
    for code in chain:
        page.wait_for_selector(f"#area-rows button[data-code='{code}']")
        page.click(f"#area-rows button[data-code='{code}']")
        level(page, None, get(page, live_server, f"/areas/{code}")["label"])
    area = get(page, live_server, f"/areas/{chain[-1]}")["iri"]
    organs = {o["iri"] for o in get(page, live_server, f"/areas/{chain[-1]}/organs", sub_areas="false",
                                    limit="1000")["items"]}
    assert len(organs) >= 2
    page.evaluate("() => { window.__settled = false; okg.network.once('stabilized', () => setTimeout(() => "
                  "{ window.__settled = true; }, 50)); }")
    page.click("#area-canvas")
    _settled(page)
    shown = set(page.evaluate("okg.nodes.getIds()"))
    assert {area, *organs} <= shown
    assert not (set(start) - {kept}) & shown  # the untouched start view is gone
    assert before - set(start) <= shown and kept in shown  # what someone added stays
    # every node with its whole label inside the canvas
    outside = page.evaluate("""() => {
        const el = document.querySelector('#graph'), w = el.clientWidth, h = el.clientHeight;
        return okg.nodeView.getIds().filter((id) => {
          const b = okg.network.getBoundingBox(id);
          const a = okg.network.canvasToDOM({ x: b.left, y: b.top }), z = okg.network.canvasToDOM({ x: b.right, y: b.bottom });
          return a.x < 0 || a.y < 0 || z.x > w || z.y > h;
        });
      }""")
    assert outside == [], outside
    picture(page, f"6-canvas-{chain[-1]}", "#graph")

