"""What an ingest's row says of a report (a first-time analyst's round 44, findings 9 and 10): a report "replaced" on
a store empty before the run names, in its row, the file of the run that stored the report first; a text named .doc
is warned about whatever becomes of it, a duplicate too."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from api.cli import SAMPLES, app
from test_ingest_identity import body

SAID = "replaced (same report read earlier in this run: {})"


def folder_of_copies(folder: Path) -> dict[str, Path]:
    """A sample report with its header, a header-less copy of its text read before it, and the text named .doc."""
    folder.mkdir()
    files = {"bare": folder / "a-bare.txt", "headed": folder / "b-headed.txt", "doc": folder / "c-old.doc"}
    files["bare"].write_text(body("d01.txt"), encoding="utf-8")
    files["headed"].write_bytes((SAMPLES / "d01.txt").read_bytes())
    files["doc"].write_text(body("d01.txt"), encoding="utf-8")
    return files


def test_a_report_a_copy_of_the_run_founded_says_so_in_its_row_and_a_text_named_doc_is_warned_of(tmp_path: Path) -> None:
    files = folder_of_copies(tmp_path / "batch")
    store = str(tmp_path / "store")
    table = CliRunner().invoke(app, ["ingest", str(tmp_path / "batch"), "--store", store])
    assert table.exit_code == 0, table.output
    row = next(line for line in table.stdout.splitlines() if str(files["headed"]) in line)
    assert SAID.format(files["bare"]) in row, table.stdout
    assert f"warning: {files['doc']}: named .doc but not a Word .doc" in table.stderr, table.stderr
    assert "1 inserted, 1 replaced, 0 unchanged, 1 duplicate" in table.stderr

    again = CliRunner().invoke(app, ["ingest", str(tmp_path / "batch"), "--store", str(tmp_path / "json"), "--json"])
    rows = {Path(r["source"]).name: r for r in map(json.loads, again.stdout.splitlines())}
    assert rows["b-headed.txt"]["outcome"] == "replaced" and rows["b-headed.txt"]["replaces_in_run"] == [str(files["bare"])]
    assert rows["c-old.doc"]["outcome"] == "duplicate" and any("named .doc" in w for w in rows["c-old.doc"]["warnings"])
    assert rows["a-bare.txt"]["replaces_in_run"] == []


def test_a_report_replacing_one_stored_before_the_run_says_replaced_alone(tmp_path: Path) -> None:
    files = folder_of_copies(tmp_path / "batch")
    store = str(tmp_path / "store")
    assert CliRunner().invoke(app, ["ingest", str(files["bare"]), "--store", store]).exit_code == 0
    later = CliRunner().invoke(app, ["ingest", str(files["headed"]), "--store", store])
    row = next(line for line in later.stdout.splitlines() if str(files["headed"]) in line)
    assert "replaced" in row and "this run" not in row, later.stdout
