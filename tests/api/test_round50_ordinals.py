"""Statements of one law, organ and year that give different ordinals count as one inspection, and ingest says so
(round 50, newuser35 B4: 1,500 sentences …开展第N次执法检查 of 20 laws collapsed into 20 inspections without a word).

The data model's unit stands (README, What counts as one inspection: dates split no count, round 37; ordinals neither):
the warning names the laws and their ordinals and what is counted, and ``/laws`` and ``/activities`` count one. The
counts on both stores; the reports drawing no line on the embedded store alone (``EMBEDDED_EMPTIED_ONLY``, round 51):
the line is the build's (``loaders.build.ordinals``), decided before any store, and the counting test writes such
reports into Neo4j."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.ingest import ingest
from api_helpers import EMBEDDED_EMPTIED_ONLY, api_of
from graph import Store

HEADER = "organ: 武汉市人民代表大会常务委员会\nlevel: city\nyear: 2022\n\n"
ORDINALS = "tell statements counted as one inspection"
TOLD_APART = {
    "times": ["3月，市人大常委会对《中华人民共和国食品安全法》贯彻实施情况开展第3次执法检查。",
              "9月，市人大常委会对《中华人民共和国食品安全法》贯彻实施情况开展第11次执法检查。"],
    "rounds": ["市人大常委会开展第一轮《中华人民共和国食品安全法》执法检查，检查组赴各区实地察看。",
               "市人大常委会开展第二轮《中华人民共和国食品安全法》执法检查，听取了市市场监管局的汇报。"],
    "traditional": ["市人大常委會對《中華人民共和國食品安全法》實施情況開展第二輪執法檢查。",
                    "市人大常委會對《中華人民共和國食品安全法》實施情況開展第三輪執法檢查。"],
}
NOT_APART = {
    "same-ordinal": ["市人大常委会对《中华人民共和国食品安全法》开展第2次执法检查。",
                     "检查组指出，市人大常委会对《中华人民共和国食品安全法》开展的第2次执法检查发现了问题。"],
    "other-laws": ["市人大常委会对《中华人民共和国食品安全法》开展第1次执法检查。",
                   "市人大常委会对《中华人民共和国森林法》开展第2次执法检查。"],
    "sittings": ["2022年，市人大常委会对《中华人民共和国食品安全法》贯彻实施情况开展执法检查。",
                 "市人大常委会第十次会议审议通过了《中华人民共和国食品安全法》执法检查工作方案。",
                 "市人大常委會第十二次會議聽取和審議了關於檢查《中華人民共和國食品安全法》實施情況的報告。"],
    "no-ordinal": ["3月，市人大常委会对《中华人民共和国食品安全法》实施情况开展执法检查。",
                   "9月，市人大常委会再次对《中华人民共和国食品安全法》实施情况开展执法检查。"],
}
FOOD = "https://w3id.org/oversight-kg/id/law/中华人民共和国食品安全法"


def _ingested(store: Store, tmp_path: Path, lines: list[str]) -> list[str]:
    path = tmp_path / "report.txt"
    path.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    [result] = ingest([str(path)], store)
    assert result.outcome == "inserted", result
    return list(result.warnings)


@pytest.mark.parametrize("case", sorted(TOLD_APART))
def test_ordinals_of_one_law_organ_and_year_are_one_inspection_and_said(emptied_store: Store, tmp_path: Path,
                                                                        case: str) -> None:
    said = [w for w in _ingested(emptied_store, tmp_path, TOLD_APART[case]) if ORDINALS in w]
    assert len(said) == 1, said
    assert "《中华人民共和国食品安全法》" in said[0] and "What counts as one inspection" in said[0]
    with api_of(emptied_store) as api:
        [law] = [row for row in api.get("/laws?limit=1000")["items"] if row["iri"] == FOOD]
        statements = api.get("/activities?kind=执法检查&limit=1000")["total"]
    assert law["times_inspected"] == 1 and statements == 1, law


@EMBEDDED_EMPTIED_ONLY
@pytest.mark.parametrize("case", sorted(NOT_APART))
def test_no_line_where_no_two_ordinals_tell_one_law_s_statements_apart(emptied_store: Store, tmp_path: Path,
                                                                       case: str) -> None:
    assert not [w for w in _ingested(emptied_store, tmp_path, NOT_APART[case]) if ORDINALS in w]
