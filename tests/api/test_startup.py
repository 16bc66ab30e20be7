"""`okg --help` imports only what the command line needs: no RDF library, store, driver or web framework.

A module-import check, not a timing test: the help is printed in a child interpreter,
which then lists the modules it loaded.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("rdflib", "pyoxigraph", "neo4j", "fastapi", "uvicorn", "pydantic_settings", "pandas", "trafilatura")
PROBE = """
import contextlib, io, json, sys
from api.cli import app
with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):
    app(sys.argv[1:], prog_name="okg")
print(json.dumps({"help": out.getvalue(), "modules": sorted({m.split(".")[0] for m in sys.modules})}))
"""


def _loaded(*args: str) -> tuple[str, set[str]]:
    done = subprocess.run([sys.executable, "-c", PROBE, *args], cwd=ROOT, capture_output=True, text=True,
                          check=True, timeout=120)
    answer = json.loads(done.stdout.splitlines()[-1])
    return answer["help"], set(answer["modules"])


def test_help_imports_no_store_driver_or_web_framework() -> None:
    text, modules = _loaded("--help")
    assert "ingest" in text and "serve" in text  # the help really was printed
    assert sorted(modules & set(HEAVY)) == []


def test_neo4j_help_imports_no_driver() -> None:
    text, modules = _loaded("neo4j", "--help")
    assert "start" in text
    assert sorted(modules & set(HEAVY)) == []


def test_extract_of_a_utf8_text_report_imports_no_rdf_library_encoding_detector_or_date_parser() -> None:
    """A UTF-8 report without a dated header field needs neither charset_normalizer nor dateutil
    (pyoxigraph it does: loaders.extract.issues reads the issue scheme with it)."""
    facts, modules = _loaded("extract", "api/samples/d01.txt")
    assert '"activities"' in facts  # the facts really were printed
    assert sorted(modules & ({*HEAVY, "charset_normalizer", "dateutil"} - {"pyoxigraph"})) == []


@pytest.mark.parametrize("module", ["api", "api.cli"])
def test_the_command_line_runs_as_a_module(module: str) -> None:
    """`python -m api.cli --help` printed nothing and exited 0 (a first-time user's finding, round 28)."""
    done = subprocess.run([sys.executable, "-m", module, "--help"], cwd=ROOT, capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0 and "ingest" in done.stdout and "serve" in done.stdout


@pytest.mark.parametrize("args", [("--help",), ("extract", "api/samples/d01.txt")])
def test_help_and_extract_import_no_rich(args: tuple[str, ...]) -> None:
    """rich (tables, progress bars, the stderr console) is imported by a command when it first prints through it: the
    help and a report's facts print none (round 39: the console made at import was a tenth of ``okg --help``'s CPU)."""
    printed, modules = _loaded(*args)
    assert printed  # the help or the facts really were printed
    assert "rich" not in modules


def test_an_error_is_still_printed_through_the_console_made_at_its_first_use() -> None:
    done = subprocess.run([sys.executable, "-m", "api", "extract", "no-such-report.txt"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1 and "error:" in done.stderr and "no-such-report.txt" in done.stderr
