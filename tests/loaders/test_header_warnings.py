"""A header the extractor cannot read as the user meant it gets a one-line warning naming the field:
a key okg does not read (a misspelt orgn:), a url: that is no web address, an ``organ:`` that no rule reads as an organ (a typo would become an organ node of its own), an area
name several areas bear that nothing in the report decides."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

TEXT = "会议听取和审议了关于大气污染防治工作情况的报告。"


@pytest.mark.parametrize("organ", [
    "湖北省人大常委",  # 会 dropped
    "武汉市新洲区人大长委会",  # 长 for 常
    "湖北省人民政付",  # 付 for 府
    "四川省人大会常务",
])
def test_an_organ_no_rule_reads_is_warned_about_and_kept_as_written(organ: str) -> None:
    facts = extract(Document(TEXT, "r.txt", {"organ": organ}))
    assert [w for w in facts.warnings if w.startswith(f"organ: {organ!r} is not a name")], facts.warnings
    assert facts.to_json()["warnings"] == facts.warnings


@pytest.mark.parametrize("organ", [
    "湖北省人大常委会", "武汉市新洲区人民代表大会常务委员会", "全国人民代表大会", "全国人大常委会执法检查组",
    "崔家桥镇人民代表大会主席团（河南省）", "安化县马路镇人民代表大会主席团", "中共湖北省委", "湖北省发改委",
    "县人民代表大会常务委员会（第十六届；文中未写明所属县）", "黔东南苗族侗族自治州人民代表大会常务委员会",
])
def test_an_organ_read_as_one_gets_no_warning(organ: str) -> None:
    facts = extract(Document(TEXT, "r.txt", {"organ": organ}))
    assert facts.warnings == [] and "warnings" not in facts.to_json()


@pytest.mark.parametrize(("organ", "count"), [("鼓楼区人大常委会", 4), ("城关镇人民代表大会", 88)])
def test_an_undecided_area_is_warned_about_with_its_candidates(organ: str, count: int) -> None:
    facts = extract(Document(TEXT, "r.txt", {"organ": organ}))
    assert len(facts.report["division_candidates"].split()) == count
    assert any(f"one of {count} of that name" in w and "name the city or province" in w for w in facts.warnings)


@pytest.mark.parametrize("key", ["orgn", "yaer", "date", "source"])
def test_a_header_key_okg_does_not_read_is_warned_about(key: str) -> None:
    facts = extract(Document(TEXT, "r.txt", {key: "江西省人大常委会", "organ": "江西省人大常委会"}))
    assert [w for w in facts.warnings if w.startswith(f"{key}: not a header field okg reads")], facts.warnings


@pytest.mark.parametrize("url", ["见附件", "javascript:alert(1)", "www.npc.gov.cn/a.html", "ftp://x/y"])
def test_a_url_that_is_no_web_address_is_warned_about(url: str) -> None:
    facts = extract(Document(TEXT, "r.txt", {"url": url, "organ": "江西省人大常委会"}))
    assert [w for w in facts.warnings if w.startswith(f"url: {url!r} is not a web address")], facts.warnings


def test_a_reader_s_own_fields_and_a_web_address_get_no_warning() -> None:
    meta = {"url": "https://www.npc.gov.cn/a.html", "organ": "江西省人大常委会", "title": "t", "issued": "2023-01-02",
            "page_date": "2023-01-01", "source_organ": "江西人大网", "level": "provincial", "year": "2023"}
    assert extract(Document(TEXT, "r.txt", meta)).warnings == []
