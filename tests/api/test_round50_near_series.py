"""A templated series of reports is no near copy to delete (round 50, newuser35 B3).

A county's monthly reports, or its townships' reports, written to one pattern share most of their wording and none of
their facts: the near-copy line measured the text and still advised "keep one (okg delete …)" with 0 of the
activities shared. It now says what it measured, and advises a deletion only when the reports state the same things
(the same article read twice keeps that advice: ``tests/api/test_near_copies.py``). On the embedded store
(``EMBEDDED_EMPTIED_ONLY``, round 51): what the line says is decided above the store (``api.near_copies``, from the
reports' rows and ``describe``), and ``test_near_copies``' tests of two near copies inserted together and of the
warning's count make the same store calls on Neo4j."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.ingest import ingest
from api_helpers import EMBEDDED_EMPTIED_ONLY
from graph import Store

NEAR = "its text is nearly that of the stored report"
OPENING = ("为深入贯彻落实关于坚持和完善人民代表大会制度的重要思想，进一步加强和改进新时代人大工作，"
           "根据年度安排和主任会议的部署，现将本期人大常委会的主要情况通报如下，请各位代表和有关单位结合实际认真研究。")
CLOSING = ("下一步，我们将继续坚持正确政治方向，坚持以人民为中心，依法履职尽责，不断提升工作质量和实效，"
           "为全县经济社会高质量发展贡献人大力量，欢迎社会各界继续关心支持人大工作并提出宝贵意见。")
#: One series' varying sentence: a month, a law and a township, in the two scripts.
SERIES = {
    "monthly": [("3", "中华人民共和国食品安全法", "城关镇"), ("5", "中华人民共和国森林法", "城关镇"),
                ("9", "中华人民共和国水污染防治法", "城关镇")],
    "townships": [("6", "中华人民共和国农产品质量安全法", "花林寺镇"), ("6", "中华人民共和国畜牧法", "旧县镇"),
                  ("6", "中华人民共和国种子法", "洋坪镇")],
}


def _report(month: str, law: str, town: str, traditional: bool) -> str:
    text = f"{OPENING}\n{month}月，县人大常委会对《{law}》在{town}的实施情况开展执法检查。\n{CLOSING}\n"
    if traditional:
        import opencc

        text = str(opencc.OpenCC("s2t").convert(text))
    return f"organ: 远安县人民代表大会常务委员会\nlevel: county\nyear: 2023\n\n{text}"


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("series", sorted(SERIES))
@pytest.mark.parametrize("traditional", [False, True], ids=["simplified", "traditional"])
def test_a_templated_series_is_told_apart_and_none_is_advised_deleted(emptied_store: Store, tmp_path: Path,
                                                                    series: str, traditional: bool) -> None:
    files = []
    for at, item in enumerate(SERIES[series]):
        path = tmp_path / f"{series}-{at}.txt"
        path.write_text(_report(*item, traditional), encoding="utf-8")
        files.append(str(path))
    results = [result for path in files for result in ingest([path], emptied_store)]
    assert [r.outcome for r in results] == ["inserted"] * 3, results
    lines = [w for r in results[1:] for w in r.warnings if NEAR in w]
    assert lines, [r.warnings for r in results]  # the wording is measured nearly the same
    for line in lines:
        assert "okg delete" not in line and "keep one" not in line, line
        assert "none of its activities or statistics" in line and "no law in common" in line and "templated series" in line, line
        assert "% of the shorter text" in line, line  # what it measured
