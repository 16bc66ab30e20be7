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


ARTICLE = ("本报讯 日前，驻马店市人大常委会执法检查组对《中华人民共和国食品安全法》贯彻实施情况开展执法检查。\n"
           "检查组一行先后深入农贸市场、学校食堂和食品生产企业，实地察看了食品安全监管情况。\n"
           "在随后召开的座谈会上，检查组听取了市政府及有关部门关于食品安全工作的汇报。\n")


def _copy(path: Path, url: str, year: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"url: {url}\norgan: 驻马店市人民代表大会常务委员会\nlevel: city\nyear: {year}\n\n{ARTICLE}",
                    encoding="utf-8")
    return path


def _years(store: Path) -> dict[str, int | None]:
    with EmbeddedStore(store, access="read") as db:
        return {row["iri"]: row.get("year") for row in db.reports()}


def test_a_copy_dropped_to_fix_a_year_stays_dropped_unless_forced(tmp_path: Path) -> None:
    """newuser31 B4: two copies of one text, one saying 2017, the other 2018; ``okg delete`` of the 2017 copy let the
    other's header give the year, and the routine ``okg ingest reports dup`` brought the dropped copy back, the year
    and id with it, without a word. The dropped copy is kept out, its line saying which report it was dropped from and
    how to store it, until ``okg ingest --force`` that file."""
    store = tmp_path / "store"
    wrong = _copy(tmp_path / "reports" / "zmd.txt", "http://www.zmdrd.gov.cn/2017/1.html", 2017)
    right = _copy(tmp_path / "dup" / "zmd_b.txt", "http://www.zmdrd.gov.cn/2018/1.html", 2018)
    folders = [str(tmp_path / "reports"), str(tmp_path / "dup")]
    assert _okg("ingest", *folders, "--store", str(store))[0] == 0
    code, _, said = _okg("delete", str(wrong), "--store", str(store))
    assert code == 0 and "source dropped" in said and "okg ingest --force FILE" in said, said
    fixed = _years(store)
    assert list(fixed.values()) == [2018], fixed

    code, _, said = _okg("ingest", *folders, "--store", str(store))
    assert code == 0 and _years(store) == fixed, said
    assert f"{wrong}: this copy was dropped from the report " in said and f"okg ingest --force {wrong}" in said, said
    assert said.strip().splitlines()[-1].endswith("1 dropped before"), said
    code, out, _ = _okg("ingest", *folders, "--store", str(store), "--json")
    assert {json.loads(line)["source"]: json.loads(line)["outcome"] for line in out.splitlines()} == {
        str(wrong): "dropped before", str(right): "unchanged"}

    code, _, said = _okg("ingest", str(wrong), "--store", str(store), "--force")  # asked for by name: read again
    assert code == 0 and "dropped before" not in said, said
    code, _, said = _okg("ingest", *folders, "--store", str(store))  # no tombstone left
    assert code == 0 and "dropped before" not in said, said
