"""The paths the Paths tab draws, read from the canvas of Debian's Chromium (round 46, newuser31 B8: from a law to an
organ through two inspections alike, the organ was drawn on the start view's law, both 涉及法律 edges seemed to point
at it, and an inspection's label ran into the next law's). Every node has a place of its own: no two nodes' boxes
(dot and label, as vis-network draws them) overlap, in either language, with a second search's paths kept beside the
first's; each path reads from left to right as its line in the result, and each step is an edge joining the two nodes
the line names, labelled with the relation it names."""
from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest

from api.app import create_app
from api_helpers import open_explorer, serving, shot, upsert_text
from shared_stores import SharedStore

pytestmark = pytest.mark.browser
AIR = "中华人民共和国大气污染防治法"  # the samples' most inspected law: the start view's first, at its top left
SICHUAN = "四川省人民代表大会常务委员会"
NATIONAL = "全国人民代表大会常务委员会"


@pytest.fixture(scope="module")
def twin_server(shared_samples: SharedStore) -> Iterator[str]:
    """The samples and two reports of one organ telling an inspection of the law in the same year in other words: two
    paths from the law to the organ through two inspections that read alike, beside the samples' own."""
    with shared_samples.writable("embedded") as db:
        for name, more in (("air-a.txt", "检查组深入成都、绵阳两市。"), ("air-b.txt", "检查组听取了省生态环境厅的汇报。")):
            upsert_text(db, name, f"2019年，省人大常委会开展《{AIR}》执法检查。{more}", organ=SICHUAN, year="2019")
        with serving(create_app(db)) as url:
            yield url


@pytest.fixture()
def twin_page(chromium: Any, twin_server: str) -> Iterator[Any]:
    yield from open_explorer(chromium, twin_server)


def paths_of(page: Any, source: str, target: str) -> list[dict[str, Any]]:
    answer = page.request.get(f"{page.url.rstrip('/')}/paths?from={quote(source)}&to={quote(target)}"
                              "&max_hops=6&limit=20&mentions=false")
    return json.loads(answer.text())["items"]


def search(page: Any, source: str, target: str) -> None:
    page.fill("#path-from", source)
    page.fill("#path-to", target)
    page.click("#find-path")
    page.wait_for_function("t => document.querySelector('#path-result ol')?.innerText.includes(t)", arg=target)


def drawn(page: Any) -> dict[str, dict[str, Any]]:
    """Each node the canvas shows: its place and its box (dot and label), read once the layout has settled (or after
    5 s) and the canvas has drawn them there."""
    return page.evaluate("""async () => {
        if (!okg.network.physics.stabilized) {
            await new Promise((done) => { okg.network.once("stabilized", done); setTimeout(done, 5000); });
        }
        await new Promise((done) => { okg.network.once("afterDrawing", done); okg.network.redraw(); });
        const ids = okg.nodeView.getIds(), at = okg.network.getPositions(ids);
        return Object.fromEntries(ids.map((id) => [id, { ...at[id], box: okg.network.getBoundingBox(id),
                                                         label: okg.nodes.get(id).label }]));
    }""")


def overlapping(nodes: dict[str, dict[str, Any]]) -> list[tuple[str, str]]:
    """The pairs of nodes whose boxes meet, by label."""
    items = list(nodes.values())
    return [(a["label"], b["label"]) for i, a in enumerate(items) for b in items[i + 1:]
            if a["box"]["left"] < b["box"]["right"] and b["box"]["left"] < a["box"]["right"]
            and a["box"]["top"] < b["box"]["bottom"] and b["box"]["top"] < a["box"]["bottom"]]


def test_paths_alike_get_a_place_for_every_node_and_read_as_their_lines(twin_page: Any) -> None:
    page = twin_page
    page.click("#tab-path")
    found = paths_of(page, AIR, SICHUAN)
    assert len(found) >= 3 and len({p["nodes"][1]["iri"] for p in found}) == len(found)  # three inspections, one organ
    search(page, AIR, SICHUAN)
    nodes = drawn(page)
    assert not overlapping(nodes), overlapping(nodes)
    assert len({(round(n["x"]), round(n["y"])) for n in nodes.values()}) == len(nodes)
    labels = dict(zip(types := sorted({e["type"] for p in found for e in p["edges"]}),
                      page.evaluate("types => types.map((type) => okg.propLabel(type))", types)))
    edges = page.evaluate("() => okg.edges.get().map((e) => [e.from, e.to, e.label])")
    for path in found:
        xs = [nodes[n["iri"]]["x"] for n in path["nodes"]]
        assert xs == sorted(xs) and len(set(xs)) == len(xs), xs  # left to right, as its line reads
        for edge in path["edges"]:
            assert [edge["source"], edge["target"], labels[edge["type"]]] in edges, edge
    shot(page, "paths-alike")

    page.click("#lang-toggle")  # the English labels are other widths: still no overlap
    assert not overlapping(drawn(page))
    page.click("#lang-toggle")


def test_a_second_search_kept_is_drawn_beside_the_first(twin_page: Any) -> None:
    page = twin_page
    page.click("#tab-path")
    search(page, AIR, SICHUAN)
    page.check("#path-keep")
    search(page, AIR, NATIONAL)  # the law is shared: it moves to the new paths, the first search's stay
    nodes = drawn(page)
    assert {n["iri"] for p in paths_of(page, AIR, SICHUAN) + paths_of(page, AIR, NATIONAL) for n in p["nodes"]} <= set(nodes)
    assert not overlapping(nodes), overlapping(nodes)
    shot(page, "paths-kept-beside")
