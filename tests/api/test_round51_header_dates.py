"""A header's ``year:`` given as a date (newuser36 B3, round 51): ``year: 2025年5月`` or ``2025-05-12``, copied from
a page's date, was refused asking for 2023 or 2023年. A date of a month in words or of a day in figures is read as its
year, with one warning line saying so; a month in figures alone (2019-12), which a range written short looks like,
is still refused with the advice that says both readings, and the report's year then comes from its text."""
from __future__ import annotations

from pathlib import Path

import pytest

from api.ingest import expand, ingest
from graph.backends.embedded import EmbeddedStore
from loaders import read
from loaders.read.errors import ReadError

TEXT = "县人大常委会对《中华人民共和国安全生产法》贯彻实施情况开展执法检查。\n"


def _with_year(folder: Path, written: str, name: str = "r.txt") -> Path:
    path = folder / name
    path.write_text(f"organ: 浏阳市人民代表大会常务委员会\nyear: {written}\n\n{TEXT}", encoding="utf-8")
    return path


@pytest.mark.parametrize(("written", "year"), [
    ("2025年5月", "2025"), ("2025年5月12日", "2025"), ("2024年12月3号", "2024"), ("２０２４年１２月", "2024"),
    ("2025-05-12", "2025"), ("2025/5/12", "2025"), ("2023.11.30", "2023"), ("2022年8月2日", "2022"),
    ("二〇二五年五月", "2025"),
])
def test_a_date_in_the_year_field_is_read_as_its_year_with_one_warning_line(tmp_path: Path, written: str,
                                                                           year: str) -> None:
    document = read(_with_year(tmp_path, written))
    assert document.metadata["year"] == year
    said = [w for w in document.warnings if "header field year" in w]
    assert len(said) == 1 and "\n" not in said[0] and repr(written) in said[0] and f"its year, {year}" in said[0]


@pytest.mark.parametrize("written", ["2025年13月", "2025-05-40", "2025-05/12", "2019-12", "2019/20", "1998-02"])
def test_no_date_or_a_month_in_figures_alone_is_still_refused(tmp_path: Path, written: str) -> None:
    with pytest.raises(ReadError, match="header field year"):
        read(_with_year(tmp_path, written))


def test_a_plain_year_warns_nothing(tmp_path: Path) -> None:
    assert not [w for w in read(_with_year(tmp_path, "2025年")).warnings if "year" in w]


def test_ingest_stores_the_year_and_says_so_on_the_report_s_line(tmp_path: Path) -> None:
    _with_year(tmp_path, "2025-05-12", "dated.txt")
    with EmbeddedStore(tmp_path / "store") as store:
        [result] = ingest(expand([str(tmp_path / "dated.txt")]), store)
        assert result.outcome == "inserted"
        assert any("is a date; read as its year, 2025" in w for w in result.warnings), result.warnings
        [report] = store.reports()
        assert report["year"] == 2025
