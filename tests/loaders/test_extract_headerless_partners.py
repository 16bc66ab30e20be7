"""A page with no header takes its place from its own words, never from the other body it names working with or
helping (a fresh user, round 32, class 3: 通山县's page, ``来源：通山县人大``, placed in 崇阳县, its joint partner, and
every 县人大常委会 resolved to 崇阳's). :func:`jurisdiction._partners_masked`, :func:`metadata._source_congress`."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract


@pytest.mark.parametrize(("text", "partner"), [
    ("10月10日，县人大常委会与崇阳县人大常委会联合开展《中华人民共和国食品安全法》执法检查。", "崇阳县"),
    ("县人大常委会联合崇阳县人大常委会开展《中华人民共和国食品安全法》执法检查。", "崇阳县"),
    ("县人大常委会会同赤壁市人大常委会对《中华人民共和国食品安全法》实施情况进行检查。", "赤壁市"),
    ("县人大常委会配合咸宁市人大常委会执法检查组对《中华人民共和国农产品质量安全法》在我县实施情况进行检查。", "咸宁市"),
])
def test_a_partner_s_place_is_not_the_report_s(text: str, partner: str) -> None:
    facts = extract(Document(text=text, source="t.txt", metadata={}))
    assert facts.report.get("jurisdiction") != partner
    assert not [o.canonical for o in facts.organs if o.mention.startswith("县人大") and o.canonical.startswith(partner)]


@pytest.mark.parametrize(("source", "organ", "place"), [
    ("通山县人大", "通山县人民代表大会常务委员会", "通山县"),
    ("通山县人大常委会", "通山县人民代表大会常务委员会", "通山县"),
    ("通山縣人大", "通山县人民代表大会常务委员会", "通山县"),
])
def test_a_page_s_source_label_names_its_organ(source: str, organ: str, place: str) -> None:
    text = "县人大常委会开展食品安全法执法检查\n10月10日，县人大常委会与崇阳县人大常委会联合开展《中华人民共和国食品安全法》执法检查。"
    facts = extract(Document(text=text, source="page.html", metadata={"source_organ": source}))
    assert (facts.report.get("organ"), facts.report.get("jurisdiction")) == (organ, place)
    [act] = facts.activities
    assert (act.conducted_by, act.jointly_with) == (None, ["崇阳县人民代表大会常务委员会"])


@pytest.mark.parametrize(("text", "place"), [
    ("县人大常委会与崇阳县人大常委会联合开展《中华人民共和国食品安全法》执法检查。执法检查组深入通羊镇、南林桥镇的学校食堂实地查看。",
     "通山县"),
    ("县人大常委会联合崇阳县人大常委会开展执法检查，检查组先后来到通羊镇和南林桥镇。", "通山县"),
    ("县人大常委会组织代表赴通羊镇视察农村公路建设。", "通山县"),
])
def test_the_towns_a_headerless_text_names_place_it(text: str, place: str) -> None:
    facts = extract(Document(text=text, source="t.txt", metadata={}))
    assert facts.report.get("jurisdiction") == place
    assert {o.canonical for o in facts.organs if o.mention == "县人大常委会"} == {place + "人民代表大会常务委员会"}
