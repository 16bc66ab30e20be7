"""A report ``okg delete`` took out stays out when its folder is ingested again, a line saying so, until ``okg ingest
--force`` (a first-time analyst's round 43, finding 7: ``1 inserted, 9 unchanged`` brought a deleted report back,
silently)."""
from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from api.cli import SAMPLES, app
from graph.backends.embedded import EmbeddedStore


def _okg(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _reports(store: Path) -> set[str]:
    with EmbeddedStore(store, access="read") as db:
        return {row["iri"] for row in db.reports()}


def test_a_deleted_report_is_not_stored_again_unless_forced(tmp_path: Path) -> None:
    folder, store = tmp_path / "reports", tmp_path / "store"
    folder.mkdir()
    for name in ("d01.txt", "d04.txt"):
        (folder / name).write_bytes((SAMPLES / name).read_bytes())
    assert _okg("ingest", str(folder), "--store", str(store))[0] == 0
    everything = _reports(store)
    code, _, said = _okg("delete", str(folder / "d04.txt"), "--store", str(store))
    assert code == 0 and "okg ingest --force" in said, said
    (gone,) = everything - _reports(store)

    code, _, said = _okg("ingest", str(folder), "--store", str(store))
    assert code == 0 and _reports(store) == everything - {gone}, said
    assert f"{folder / 'd04.txt'}: its report {gone} was deleted from this store on " in said
    assert "okg ingest --force" in said and said.strip().splitlines()[-1].endswith("1 deleted before"), said
    code, out, _ = _okg("ingest", str(folder), "--store", str(store), "--json")
    assert {json.loads(line)["outcome"] for line in out.splitlines()} == {"unchanged", "deleted before"}

    code, _, said = _okg("ingest", str(folder), "--store", str(store), "--force")
    assert code == 0 and _reports(store) == everything, said
    assert "1 inserted, 0 replaced, 1 unchanged" in said and "deleted before" not in said, said
    code, _, said = _okg("ingest", str(folder), "--store", str(store))  # stored again on purpose: no tombstone left
    assert code == 0 and "0 inserted, 0 replaced, 2 unchanged" in said and "deleted before" not in said, said
