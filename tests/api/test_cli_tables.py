"""Tables the CLI prints keep every cell whole when the output is piped or redirected (rich would
otherwise assume 80 columns and cut long labels and report paths with "…")."""
from __future__ import annotations

import re
from pathlib import Path

from typer.testing import CliRunner

from api.cli import SAMPLES, app


def test_piped_tables_cut_no_cell(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    deep = tmp_path / ("a-folder-name-long-enough-to-pass-eighty-columns-on-its-own-" * 2)
    deep.mkdir()
    report = deep / "d07.txt"  # an inspection of two laws, reported (a plan's pairs no laws: analytics count work done)
    report.write_bytes((SAMPLES / "d07.txt").read_bytes())
    runner = CliRunner()  # its output is not a terminal, as in `okg … | less` or `> file`
    ingested = runner.invoke(app, ["ingest", str(report), "--store", store])
    assert ingested.exit_code == 0, ingested.output
    assert str(report) in ingested.output and "…" not in ingested.output
    ranked = runner.invoke(app, ["analytics", "co-inspection", "--store", store])
    assert ranked.exit_code == 0, ranked.output
    # the pair's source, target and the activity's whole IRI: a row wider than 80 columns
    assert re.search(r"中华人民共和国长江保护法 +│ 汉中市养犬管理条例 +│ 1 +│ "
                     r"https://w3id\.org/oversight-kg/id/activity/[0-9a-f]{12}-\d+-\d+ ", ranked.output)
    assert "…" not in ranked.output


def test_an_ingest_off_a_terminal_prints_its_progress_in_plain_lines(tmp_path: Path) -> None:
    """No bar in a log or under nohup: a line at each tenth of the reports, the last one at all of them."""
    result = CliRunner().invoke(app, ["ingest", str(SAMPLES), "--store", str(tmp_path / "store")])
    assert result.exit_code == 0, result.output
    total = len(list(SAMPLES.glob("*.txt")))
    lines = re.findall(r"ingesting: (\d+)/(\d+) reports read, \d+ s", result.output)
    assert lines and {int(t) for _, t in lines} == {total} and int(lines[-1][0]) == total
    assert [int(n) for n, _ in lines] == sorted({int(n) for n, _ in lines}) and len(lines) <= 10


def test_ingest_and_delete_print_their_tables_on_stdout_and_the_rest_on_stderr(tmp_path: Path) -> None:
    """What a program reads (the table) on stdout, progress, notes and the tally on stderr, alike for both commands
    (round 27, first-time reviewers: `okg ingest` printed its table on stderr, `okg delete` on stdout)."""
    store, report = str(tmp_path / "store"), str(SAMPLES / "d07.txt")
    runner = CliRunner()
    for args in (["ingest", report], ["delete", report]):
        result = runner.invoke(app, [*args, "--store", store])
        assert result.exit_code == 0, result.output
        assert report in result.stdout and report not in result.stderr, (result.stdout, result.stderr)
        tally = "1 inserted" if args[0] == "ingest" else "1 deleted"
        assert tally in result.stderr and tally not in result.stdout
