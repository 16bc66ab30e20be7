"""The explorer's Paths tab and its suggestion fields in Debian's Chromium (a first-time analyst's round 44, findings 6
and 13): the two entity fields keep a usable width whatever the option's label says, and a suggestion chosen with the
mouse or with ArrowDown+Enter, pressed as soon as the name is typed, is the one the field holds, every time; a choice
moves the focus on as a form does (round 46, newuser31 B9)."""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import quote

import pytest

from api_helpers import WETLAND, shot

pytestmark = pytest.mark.browser
FOREST_TITLE = "中华人民共和国森林法"
WETLAND_TITLE = "中华人民共和国湿地保护法"
FIELDS = ("#path-from", "#path-to")


def width(page: Any, selector: str) -> float:
    return page.eval_on_selector(selector, "e => e.getBoundingClientRect().width")


def first_hit(page: Any, text: str) -> str:
    """The IRI of the first suggestion /search gives for ``text`` (the one Enter chooses with none marked)."""
    answer = page.request.get(f"{page.url.rstrip('/')}/search?q={quote(text)}&limit=12")
    return json.loads(answer.text())["items"][0]["iri"]


@pytest.mark.parametrize("viewport", [(1400, 860), (1000, 760)])
def test_the_path_fields_are_wide_whatever_the_label_says(page: Any, viewport: tuple[int, int]) -> None:
    page.set_viewport_size({"width": viewport[0], "height": viewport[1]})
    page.click("#tab-path")
    panel = page.eval_on_selector("#panel-path", "e => e.clientWidth")
    for label in ("", "很长的说明" * 40):  # the label as shipped, then one far longer than any translation
        if label:
            page.eval_on_selector("#panel-path .path-mentions span", "(e, text) => { e.textContent = text; }", label)
        for field in FIELDS:
            assert width(page, field) >= 0.6 * panel, (field, width(page, field), panel, label[:10])
        assert width(page, "#find-path") < 0.4 * panel
    page.click("#lang-toggle")  # the English label is the longer one shipped
    for field in FIELDS:
        assert width(page, field) >= 0.6 * panel, (field, width(page, field), panel)


def test_paths_are_found_from_suggestions_chosen_with_the_mouse(page: Any) -> None:
    page.click("#tab-path")
    for field, text in zip(FIELDS, ("湿地保护法", "森林法")):
        page.click(field)
        page.keyboard.type(text)
        page.wait_for_selector(f"{field} + ul:not([hidden]) li[data-i]")
        box = page.locator(f"{field} + ul li[data-i]").first.bounding_box()
        assert box and box["width"] >= 0.6 * width(page, "#panel-path")  # the list is as wide as its field
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        assert page.eval_on_selector(field, "e => e.dataset.iri") == first_hit(page, text)
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert FOREST_TITLE in page.inner_text("#path-result")


def test_arrow_down_and_enter_choose_the_first_suggestion_of_the_text_typed_every_time(page: Any) -> None:
    """The keys are pressed with no pause after the typing, before /search has answered (its fields wait 200 ms): they
    wait for the text's suggestions, and never act on a list left from an earlier text (before round 44 Enter chose
    nothing in an empty field, or the suggestion chosen before)."""
    page.click("#tab-path")
    for field, text in zip(FIELDS, (WETLAND_TITLE, FOREST_TITLE)):
        page.click(field)
        page.keyboard.type(text)
        page.keyboard.press("ArrowDown")
        page.keyboard.press("Enter")
        page.wait_for_function("f => document.querySelector(f).dataset.iri", arg=field)
        assert page.eval_on_selector(field, "e => e.dataset.iri") == first_hit(page, text)
    page.keyboard.press("Enter")
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert FOREST_TITLE in page.inner_text("#path-result")
    shot(page, "paths-keyboard")

    for round_ in range(3):  # the main search, switching between two names: each time the name just typed
        for text, title in ((WETLAND_TITLE, WETLAND_TITLE), (FOREST_TITLE, FOREST_TITLE)):
            page.fill("#search", "")
            page.click("#search")
            page.keyboard.type(text)
            page.keyboard.press("ArrowDown")
            page.keyboard.press("Enter")
            page.wait_for_function("t => document.querySelector('#details h2')?.textContent === t", arg=title,
                                   timeout=10_000)
            assert page.eval_on_selector("#search", "e => e.dataset.iri") == first_hit(page, text), round_
    assert first_hit(page, WETLAND_TITLE) == WETLAND


def test_a_name_typed_in_full_needs_no_choice_and_an_edited_choice_is_dropped(page: Any) -> None:
    page.click("#tab-path")
    page.fill("#path-from", WETLAND_TITLE)
    page.fill("#path-to", FOREST_TITLE)
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    assert FOREST_TITLE in page.inner_text("#path-result")
    page.click("#path-to")
    page.keyboard.press("End")
    page.keyboard.type("实施条例之外")  # no entity has this name: the field names none, and no old choice stands
    page.click("#find-path")
    page.wait_for_function("() => document.querySelector('#path-result').textContent === '请先选择两个实体'")


XINZHOU_TITLE = "武汉市新洲区人民代表大会常务委员会"
HUBEI_TITLE = "湖北省人民代表大会常务委员会"


def paths_of(page: Any, source: str, target: str) -> list[dict[str, Any]]:
    """The paths /paths gives as the Paths tab asks (no mentions)."""
    answer = page.request.get(f"{page.url.rstrip('/')}/paths?from={quote(source)}&to={quote(target)}"
                              "&max_hops=6&limit=20&mentions=false")
    return json.loads(answer.text())["items"]


def choose_by_keys(page: Any, field: str, text: str) -> None:
    """Type ``text`` in ``field``, which has the focus, then ArrowDown and Enter: its first suggestion chosen."""
    page.keyboard.type(text)
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function("f => document.querySelector(f).dataset.iri", arg=field)


def focused(page: Any) -> str:
    return page.evaluate("() => document.activeElement.id")


def test_type_enter_type_enter_enter_finds_the_paths(page: Any) -> None:
    """Round 46, newuser31 B9: a choice moves the focus on, as in a form (起点 → 终点 → 查找路径), so the second end
    typed goes into 终点, never after the first end's name, and the third Enter searches. Keys only, as a first-time
    analyst presses them, each after the one before has shown its effect (the caret moved on)."""
    page.click("#tab-path")
    page.focus("#path-from")
    page.keyboard.type("湿地保护法")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'path-to'")
    page.keyboard.type("森林法")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'find-path'")
    assert [page.input_value(field) for field in FIELDS] == [WETLAND_TITLE, FOREST_TITLE]
    assert [page.eval_on_selector(field, "e => e.dataset.iri") for field in FIELDS] == [
        first_hit(page, "湿地保护法"), first_hit(page, "森林法")]
    assert page.inner_text("#path-result") == ""
    page.keyboard.press("Enter")
    page.wait_for_selector("#path-result ol li")
    assert f"找到 {len(paths_of(page, WETLAND_TITLE, FOREST_TITLE))} 条路径" in page.inner_text("#path-result")


def test_enter_in_a_chosen_field_searches_and_the_result_never_shows_another_search(page: Any) -> None:
    """Keys only (round 45, newuser30 T3): a choice moves on (round 46); Enter in a field gone back to whose choice
    stands searches, as 查找路径 does, in "from" moving to "to" while that is empty; editing a field clears the result
    of the ends it named before."""
    page.click("#tab-path")
    page.focus("#path-from")
    choose_by_keys(page, "#path-from", WETLAND_TITLE)
    assert focused(page) == "path-to"
    page.keyboard.press("Enter")  # nothing typed in "to": nothing to choose, nothing searched
    assert focused(page) == "path-to" and page.inner_text("#path-result") == ""
    choose_by_keys(page, "#path-to", FOREST_TITLE)
    assert focused(page) == "find-path" and page.inner_text("#path-result") == ""
    page.keyboard.press("Enter")
    page.wait_for_selector("#path-result ol li")
    assert f"找到 {len(paths_of(page, WETLAND_TITLE, FOREST_TITLE))} 条路径" in page.inner_text("#path-result")
    assert FOREST_TITLE in page.inner_text("#path-result")

    page.focus("#path-to")  # back in a chosen field: Enter searches
    page.eval_on_selector("#path-result", "e => { e.innerHTML = ''; }")
    page.keyboard.press("Enter")
    page.wait_for_selector("#path-result ol li")

    page.keyboard.press("Control+A")
    page.keyboard.type("新洲区人大")  # the fields now name other ends: the forest law's paths are gone at once
    assert page.inner_text("#path-result") == ""
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement.id === 'find-path'")
    page.keyboard.press("Enter")
    page.wait_for_selector("#path-result ol li")
    result = page.inner_text("#path-result")
    assert XINZHOU_TITLE in result and FOREST_TITLE not in result, result

    page.fill("#path-to", "")
    page.focus("#path-from")
    page.keyboard.press("Enter")  # "from" chosen, "to" empty: Enter moves on
    assert focused(page) == "path-to" and page.inner_text("#path-result") == ""


def test_each_step_names_its_relation_and_paths_alike_are_one_line(page: Any) -> None:
    """The mouse: 查找路径 clicked. Every line names each step's relation (its label, the arrow its direction) and an
    inspection's conducting organs; paths that differ only in a step's relation (协助开展 against 联合开展, the
    analyst's two "identical" paths) read apart, and paths that read alike are one line with their count."""
    page.click("#tab-path")
    page.fill("#path-from", WETLAND_TITLE)
    page.fill("#path-to", FOREST_TITLE)
    page.click("#find-path")
    page.wait_for_selector("#path-result ol li")
    found = paths_of(page, WETLAND_TITLE, FOREST_TITLE)
    lines = page.eval_on_selector_all("#path-result ol li", "items => items.map((li) => li.innerText)")
    assert len(lines) == len(set(lines)) == len(found), lines
    label = dict(zip(types := sorted({e["type"] for p in found for e in p["edges"]}),
                     page.evaluate("types => types.map((type) => okg.propLabel(type))", types)))
    for line, path in zip(lines, found):
        steps = []
        for a, b in zip(path["nodes"], path["nodes"][1:]):
            edge = next(e for e in path["edges"] if {e["source"], e["target"]} == {a["iri"], b["iri"]})
            steps.append(f"—{label[edge['type']]}→" if edge["source"] == a["iri"] else f"←{label[edge['type']]}—")
        assert re.findall(r"—[^—→←]+→|←[^—→←]+—", line) == steps, (line, steps)
    # the wetland inspection is the province's, 新洲 assisting (round 47 ruling 10); 新洲 conducts the forest one
    assert f"（开展：{HUBEI_TITLE}） —{label['assistedBy']}→ {XINZHOU_TITLE}" in lines[0], lines[0]
    assert f"{XINZHOU_TITLE} ←{label['conductedBy']}—" in lines[0], lines[0]  # each inspection's organ, learnt for the line

    # the analyst's case, from the first path found: the same nodes' labels, the organ's step once conductedBy, once
    # another relation; and that first path twice (two nodes that read alike)
    twins = page.evaluate("""path => {
        const at = path.edges.findIndex((e) => e.type === "conductedBy");
        const other = { ...path, edges: path.edges.map((e, i) => i === at ? { ...e, type: "assistedBy" } : e) };
        return okg.pathLines([path, other, { ...path }]).map(({ line, paths }) => [line, paths.length]);
    }""", found[0])
    assert [n for _, n in twins] == [2, 1] and twins[0][0] != twins[1][0], twins
    assisted = page.evaluate("() => okg.propLabel('assistedBy')")
    assert twins[1][0].count(assisted) == twins[0][0].count(assisted) + 1, twins


def test_a_new_search_takes_the_earlier_paths_off_the_canvas_unless_kept(page: Any) -> None:
    page.click("#tab-path")
    first = paths_of(page, WETLAND_TITLE, FOREST_TITLE)
    second = {n["iri"] for p in paths_of(page, WETLAND_TITLE, XINZHOU_TITLE) for n in p["nodes"]}
    on_canvas = set(page.evaluate("() => okg.nodes.getIds()"))
    only_first = {n["iri"] for p in first for n in p["nodes"]} - second - on_canvas
    assert only_first  # the fishery law's inspection, the report: drawn for the first search alone
    for keep in (False, True):
        page.fill("#path-from", WETLAND_TITLE)
        page.fill("#path-to", FOREST_TITLE)
        page.click("#find-path")
        page.wait_for_function("ids => ids.every((id) => okg.nodes.get(id))", arg=sorted(only_first))
        if keep:
            page.check("#path-keep")
        page.fill("#path-to", XINZHOU_TITLE)
        page.click("#find-path")
        page.wait_for_function("t => document.querySelector('#path-result').innerText.includes(t)", arg=XINZHOU_TITLE)
        shown = set(page.evaluate("() => okg.nodes.getIds()"))
        assert second <= shown
        assert (only_first <= shown) if keep else not (only_first & shown), (keep, only_first - shown)
    shot(page, "paths-kept")
