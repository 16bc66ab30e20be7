"""The optional extras install what the uses they are named for need (round 17: ``pd.read_excel`` of an XLSX
export failed in a notebook set up with ``[notebook]``, which installed pandas but not openpyxl, the reader pandas
needs for .xlsx and does not install itself)."""
from __future__ import annotations

import io
import re
import tomllib
from pathlib import Path

import pytest

PYPROJECT = Path(__file__).parents[1] / "pyproject.toml"


def extra(name: str) -> set[str]:
    """The distributions an extra of pyproject.toml names (versions and markers left out, lower case)."""
    wanted = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["optional-dependencies"][name]
    return {re.split(r"[<>=!~;\[ ]", spec, maxsplit=1)[0].lower() for spec in wanted}


@pytest.mark.parametrize(("use", "needs"), [
    ("pd.DataFrame of query results", {"pandas"}),
    ("pd.read_excel of ?format=xlsx", {"pandas", "openpyxl"}),  # pandas' reader of .xlsx, one of its optional extras
])
def test_the_notebook_extra_installs_what_each_use_needs(use: str, needs: set[str]) -> None:
    assert needs <= extra("notebook"), use


def test_an_xlsx_export_reads_into_a_data_frame() -> None:
    import pandas as pd

    from api.tabular import to_xlsx

    rows = [{"title": "中华人民共和国森林法", "times_inspected": 3}, {"title": "=1+1", "times_inspected": 0}]
    frame = pd.read_excel(io.BytesIO(to_xlsx(rows, "laws")))
    assert list(frame.columns) == ["title", "times_inspected"]
    # a string cell is never a formula: the text stays as written (the CSV export guards with ' instead)
    assert frame["title"].tolist() == ["中华人民共和国森林法", "=1+1"] and frame["times_inspected"].sum() == 3
