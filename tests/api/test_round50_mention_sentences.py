"""A law's mention is shown by the sentence it stands in, not by its words (round 50, newuser35 B8).

A mention node keeps only the words naming the law (``okg:evidenceText``: 《食品安全法》 as written), so ``/entities``
listed them as the law's evidence and the explorer's panel showed "中华人民共和国食品安全法 / 提及" rows: the law's name
again. The reports below name a law in sentences no inspection's statement covers (a study of the law, a department's
briefing on its implementation, the law cited as a duty), beside an inspection of it, as 六横镇's report did.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from api.app import create_app
from api_helpers import api_of, open_explorer, path_id, serving, upsert_text, upsert_texts
from graph import Store

FOOD = "https://w3id.org/oversight-kg/id/law/中华人民共和国食品安全法"
FORESTS = "https://w3id.org/oversight-kg/id/law/中华人民共和国森林法"

#: Reports naming a law beside its inspection, in several phrasings and both scripts.
REPORTS = {
    "liuheng.txt": (
        "2018年12月28日，镇部分人大代表开展了《食品安全法》执法情况检查活动。\n"
        "检查汇报前，代表们首先学习了新《食品安全法》，重点了解新《食品安全法》中变动之处。"
        "然后镇食安办汇报了关于贯彻执行食品安全法情况，最后代表们实地考察了年糕小作坊。\n"
        "代表们对镇食品安全监管部门认真贯彻落实中华人民共和国食品安全法》以及上级决策部署所取得的成效表示充分肯定。\n",
        {"organ": "舟山市普陀区六横镇人民代表大会主席团", "level": "township", "year": "2018"}),
    "forests-trad.txt": (
        "2021年，縣人大常委會對《中華人民共和國森林法》實施情況開展執法檢查。\n"
        "會前，檢查組組織學習了《森林法》的修訂內容。林業局依照森林法加強林地保護。\n",
        {"organ": "远安县人民代表大会常务委员会", "level": "county", "year": "2021"}),
}


@pytest.fixture()
def store(emptied_store: Store) -> Store:
    return upsert_texts(emptied_store, REPORTS)


def _mentions(store: Store, law: str) -> list[dict[str, Any]]:
    with api_of(store) as api:
        entity = api.get(f"/entities/{path_id(law)}")
    return [e for e in entity["evidence"] if "Mention" in e["types"]]


@pytest.mark.parametrize("law", [FOOD, FORESTS])
def test_a_mention_is_shown_by_the_sentence_it_stands_in(store: Store, law: str) -> None:
    mentions = _mentions(store, law)
    assert len(mentions) >= 3, mentions
    texts = {}
    for mention in mentions:
        assert mention["words"] and mention["words"] in mention["text"], mention
        assert len(mention["text"]) > len(mention["words"]) + 5, mention  # a sentence, not the title again
        texts[mention["iri"]] = mention
    with api_of(store) as api:
        for mention in texts.values():  # the sentence is the report's text at the offsets given
            report = api.get(f"/reports/{path_id(mention['report'])}")
            assert report["text"][mention["start"]:mention["end"]] == mention["text"]


def test_the_law_panel_shows_each_mention_by_its_sentence(chromium: Any, tmp_path: Any) -> None:
    """The explorer's evidence list of 食品安全法 on 六横镇's report: no row reads as the law's title alone."""
    from graph.backends.embedded import EmbeddedStore

    with EmbeddedStore(tmp_path / "store") as db:
        text, header = REPORTS["liuheng.txt"]
        upsert_text(db, "liuheng.txt", text, **header)
        with serving(create_app(db)) as url:
            for page in _explorer(chromium, url):
                page.evaluate("(iri) => okg.showDetails(iri)", FOOD)
                page.wait_for_selector("#details h3 >> text=证据句")
                rows = page.locator("#details ul.evidence .sentence").all_inner_texts()
    assert len(rows) >= 4, rows
    titles = {"中华人民共和国食品安全法", "食品安全法", "《食品安全法》", "中华人民共和国食品安全法》"}
    assert not [row for row in rows if row.strip() in titles], rows
    assert any("学习了新《食品安全法》" in row for row in rows), rows
    assert any("汇报了关于贯彻执行食品安全法情况" in row for row in rows), rows


def _explorer(chromium: Any, url: str) -> Iterator[Any]:
    yield from open_explorer(chromium, url)
