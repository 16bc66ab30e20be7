"""The accountability loop on a law's panel of the explorer, in Chromium: the inspection with its
finding and opinion, and the next year's follow-up pointing back at it; labels in both languages; a follow-up naming
the year of the inspection it follows up, and an inspection group's suggestions as a step; each statement's date."""
from __future__ import annotations

import re

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from api.app import create_app
from api_helpers import open_explorer, serving, shot
from dated_reports import WATER, with_dated_reports
from followed_reports import SOIL, WASTE, with_followed_reports
from graph import Store
from loop_reports import FOOD

pytestmark = pytest.mark.browser


@pytest.fixture()
def page(loop_page: Any) -> Any:
    return loop_page


def test_a_laws_panel_shows_its_loop_across_years(page: Any) -> None:
    page.evaluate("(iri) => okg.showDetails(iri)", FOOD)
    page.wait_for_selector("#details ol.loop li")
    loop = page.inner_text("#details ol.loop")
    assert "监督闭环" in page.inner_text("#details .summary")
    assert "执法检查 · 中华人民共和国食品安全法 · 2021" in loop
    assert "检查发现问题15个" in loop and "形成审议意见交区人民政府研究处理" in loop
    assert "跟踪监督" in loop and "↳" in loop  # the 2022 follow-up points back at the 2021 inspection
    shot(page, "view-loop-zh")
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#details ol.loop')?.innerText.includes('Law-enforcement inspection')")
    assert "Accountability loop" in page.inner_text("#details .summary")
    shot(page, "view-loop-en")
    page.click("#lang-toggle")


def _served_alone(tmp_path_factory: pytest.TempPathFactory, name: str, fill: Callable[[Store], Store]) -> Iterator[str]:
    """The reports ``fill`` writes, alone in an embedded store, served by a real uvicorn (a module's fixture)."""
    from graph.backends.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path_factory.mktemp(name)) as db, serving(create_app(fill(db))) as url:
        yield url


@pytest.fixture(scope="module")
def followed_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The follow-ups naming their inspection's year and an inspection group's suggestions (followed_reports)."""
    yield from _served_alone(tmp_path_factory, "followed", with_followed_reports)


@pytest.fixture()
def followed_page(chromium: Any, followed_server: str) -> Iterator[Any]:
    yield from open_explorer(chromium, followed_server)


def test_the_loop_names_the_year_followed_and_the_groups_suggestions(followed_page: Any) -> None:
    """The 2021 inspection shows its group's suggestions as a step; the 2023 回头看 says it follows up 2021's inspection
    and points back at it; a follow-up of an inspection no stored report states says so, with the year it names."""
    page = followed_page
    page.evaluate("(iri) => okg.showDetails(iri)", WASTE)
    page.wait_for_selector("#details ol.loop li")
    loop = page.inner_text("#details ol.loop")
    assert "检查组建议" in loop and "检查组提出建议6条" in loop
    assert "跟踪2021年的检查" in loop and "所存报告未载" not in loop and "↳" in loop
    page.evaluate("(iri) => okg.showDetails(iri)", SOIL)
    page.wait_for_function("() => document.querySelector('#details ol.loop')?.innerText.includes('所存报告未载')")
    assert "跟踪2020年的检查（所存报告未载）" in page.inner_text("#details ol.loop")
    page.click("#lang-toggle")
    page.wait_for_function("() => document.querySelector('#details ol.loop')?.innerText.includes('follows up the inspection of 2020')")
    page.click("#lang-toggle")


@pytest.fixture(scope="module")
def dated_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Dated inspections (dated_reports)."""
    yield from _served_alone(tmp_path_factory, "dated", with_dated_reports)


@pytest.fixture()
def dated_page(chromium: Any, dated_server: str) -> Iterator[Any]:
    yield from open_explorer(chromium, dated_server)


def test_a_laws_evidence_shows_each_statements_date(dated_page: Any) -> None:
    """A law's evidence says the day or month its sentence gives the work (newuser20 §3b), the year where it gives none,
    and its count reads one inspection of that year stated four times (dates split no count)."""
    page = dated_page
    page.evaluate("(iri) => okg.showDetails(iri)", WATER)
    page.wait_for_selector("#details ul.evidence li .date")
    dates = page.eval_on_selector_all("#details ul.evidence li .date", "(nodes) => nodes.map((n) => n.textContent)")
    assert sorted(dates) == ["2023-04-12", "2023-05-08", "2023-06-20"]
    assert "2023 · " in page.inner_text("#details ul.evidence")  # the undated work report: its year
    page.wait_for_selector("#details .law-count")
    said = re.search(r"(\d+) 次检查（(\d+) 条记载）|(\d+) inspections \((\d+) statements\)", page.inner_text("#details .law-count"))
    assert said and [int(n) for n in said.groups() if n] == [1, 4]
