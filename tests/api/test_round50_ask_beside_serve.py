"""``okg ask`` beside a running server reads the law views back, and shows a range's year (round 50, newuser35 B6).

A server of an embedded store takes the reports ``okg ingest`` hands it; the law views kept with the store stayed at
the version before, so each ``okg ask`` beside it found them stale and built them (33 s on a 13-report store). The
server now keeps them after each handed ingest, as ``okg ingest`` does after its own writes. And a statistic dated by
a range (四年来 in a 2017 report: 2013–2016) showed an empty ``year`` cell in the table."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.ask import table
from api_helpers import okg_in_process, okg_serve
from graph.backends.embedded import EmbeddedStore
from graph.views_kept import NAME, decode

REPORT = ("organ: 远安县人民代表大会常务委员会\nlevel: county\nyear: 2021\n\n"
          "2021年，县人大常委会对《中华人民共和国森林法》实施情况开展执法检查，听取和审议县政府关于林业工作情况的报告。\n")
OTHER = ("organ: 远安县人民代表大会常务委员会\nlevel: county\nyear: 2022\n\n"
         "2022年，县人大常委会对《中华人民共和国种子法》实施情况开展执法检查。\n")


def test_a_handed_ingest_leaves_the_views_kept_at_the_store_s_version(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text(REPORT, encoding="utf-8")
    second.write_text(OTHER, encoding="utf-8")
    assert okg_in_process("ingest", "--store", str(store), str(first)).returncode == 0
    with okg_serve(store) as (_, url):
        handed = okg_in_process("ingest", "--store", str(store), str(second))
        assert handed.returncode == 0 and "served at" in handed.stderr + handed.stdout, handed
        with EmbeddedStore(store, access="read") as db:  # as okg ask opens it beside the server
            kept = decode(db.kept_view(NAME), db.version())  # Unreadable ("stale: …") before round 50
        assert {row.law.rsplit("/", 1)[-1] for rows in kept.rows.values() for row in rows} >= {
            "中华人民共和国森林法", "中华人民共和国种子法"}
        asked = okg_in_process("ask", "--store", str(store), "laws", "inspected=true")
    assert asked.returncode == 0, asked
    assert "stale" not in asked.stderr and "built anew" not in asked.stderr, asked.stderr
    assert "中华人民共和国种子法" in asked.stdout


@pytest.mark.parametrize("row, shown", [
    ({"measure": "执法检查", "value": 4, "year": None, "year_from": 2013, "year_to": 2016}, "2013–2016"),
    ({"measure": "执法检查", "value": 2, "year": 2017, "year_from": 2017, "year_to": 2017}, "2017"),
    ({"measure": "执法检查", "value": 2, "year": None, "year_from": None, "year_to": None}, ""),
])
def test_the_table_shows_a_range_s_span_as_its_year(row: dict, shown: str) -> None:
    grid = table({"items": [row], "total": 1}, "statistics", ["measure", "value", "year"])
    assert list(grid.columns[2].cells) == [shown]
