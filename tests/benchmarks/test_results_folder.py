"""Where a benchmark command writes its JSON (:func:`benchmarks.common.results_folder`): a scratch folder unless it
records, the tracked folder only once a run has ended, never after a failed one (a partial run once overwrote a
tracked 1M file)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks import __main__ as bench_main
from benchmarks import extraction
from benchmarks.common import RECORDED, results_folder, write_json


def _recorded(tmp_path: Path) -> Path:
    """A stand-in for the tracked folder holding one earlier result."""
    recorded = tmp_path / "benchmark-results"
    write_json(recorded / "1M", "writes", {"figure": "earlier"})
    return recorded


def _figure(folder: Path) -> str:
    return json.loads((folder / "1M" / "writes.json").read_text(encoding="utf-8"))["result"]["figure"]


@pytest.mark.parametrize("record", [False, True])
def test_a_run_writes_to_a_scratch_folder_first(tmp_path: Path, record: bool) -> None:
    recorded = _recorded(tmp_path)
    with results_folder(None, record, recorded) as out:
        assert out != recorded and not out.is_relative_to(recorded)
        write_json(out / "1M", "writes", {"figure": "new"})
        assert _figure(recorded) == "earlier"  # nothing tracked changes while the run goes on
    assert _figure(recorded) == ("new" if record else "earlier")
    assert _figure(out) == "new"


@pytest.mark.parametrize("failure", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_or_failed_run_records_nothing(tmp_path: Path, failure: type[BaseException]) -> None:
    recorded = _recorded(tmp_path)
    with pytest.raises(failure):
        with results_folder(None, True, recorded) as out:
            write_json(out / "1M", "writes", {"figure": "partial"})
            raise failure()
    assert _figure(recorded) == "earlier"


def test_a_folder_given_is_written_as_the_run_goes(tmp_path: Path) -> None:
    recorded = _recorded(tmp_path)
    given = tmp_path / "mine"
    with results_folder(given, False, recorded) as out:
        assert out == given
        write_json(out / "1M", "writes", {"figure": "new"})
        assert _figure(given) == "new"
    assert _figure(recorded) == "earlier"
    with pytest.raises(ValueError):
        with results_folder(given, True, recorded):
            pass


def test_the_tracked_folder_is_the_repositorys() -> None:
    assert RECORDED == Path(bench_main.__file__).resolve().parents[1] / "benchmark-results"


@pytest.mark.parametrize("main", [bench_main.main, extraction.main])
def test_out_and_record_together_are_refused(main, tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["--out", str(tmp_path), "--record"])
    assert not any(tmp_path.iterdir())
