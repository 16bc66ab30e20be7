"""A corpus of hostile files: each is refused with one line naming the file, or read correctly;
and ``okg ingest`` of a batch mixing them with good reports stores the good ones whole.

The readers' own tests cover each format's failure modes one by one; this
module runs them all as one batch, as an analyst's download folder would.
"""
from __future__ import annotations

import io
import json
import random
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app
from benchmarks.generate_corpus import reports, write_corpus
from graph.backends.embedded import EmbeddedStore
from loaders.read import ReadError, read

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"
REPORT = "武汉市新洲区人大常委会开展《中华人民共和国湿地保护法》执法检查,听取和审议区人民政府专项工作报告。\n"
#: CPU seconds any one hostile file may cost the reader (CPU, not wall: a wall limit failed on a loaded
#: 2-core machine while the reader took 0.3 CPU-s; a quadratic reader still crosses it).
TIME_LIMIT = 10.0


def _html(body: str) -> bytes:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>".encode()


def _zip_bomb() -> bytes:
    """A DOCX-shaped archive whose document.xml inflates 1000:1 to 100 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b"\0" * 2**20
            for _ in range(100):
                member.write(chunk)
    return out.getvalue()


def _huge_text(path: Path) -> None:
    """52 MB of real report text (not a sparse file): over the 50 MB limit."""
    line = REPORT.encode("utf-8")
    with path.open("wb") as handle:
        for _ in range(52 * 10**6 // len(line) + 1):
            handle.write(line)


#: name → (writer of the file, a phrase the one-line error must hold)
HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty.txt": (lambda p: p.write_bytes(b""), "empty"),
    "blank.txt": (lambda p: p.write_bytes(b" \n\t\r\n" * 100), "empty"),
    "binary.txt": (lambda p: p.write_bytes(random.Random(0).randbytes(64 * 1024)), ""),
    "truncated.pdf": (lambda p: p.write_bytes((FIXTURES / "report.pdf").read_bytes()[:900]), ""),
    "mixed-encodings.txt": (lambda p: p.write_bytes(REPORT.encode("utf-8") * 5 + REPORT.encode("gbk") * 5
                                                   + REPORT.encode("big5", errors="ignore") * 5), "undecodable"),
    "huge.txt": (_huge_text, "50 MB or more are refused"),
    "scripts.html": (lambda p: p.write_bytes(_html("<script>var a = '执法检查';</script>" * 2000
                                                   + "<style>p{color:red}</style>" * 500)), ""),
    "nested.html": (lambda p: p.write_bytes(_html("<div>" * 100_000 + "深" + "</div>" * 100_000)), ""),
    "bomb.docx": (lambda p: p.write_bytes(_zip_bomb()), "zip bomb"),
    "not-a-docx.docx": (lambda p: p.write_bytes(b"PK\x03\x04" + b"\0" * 200), ""),
}
#: Hostile in form, but a report all the same: read correctly.
READABLE: dict[str, Callable[[Path], None]] = {
    "undeclared-gbk.txt": lambda p: p.write_bytes((REPORT * 20).encode("gbk")),
    "undeclared-gb18030.html": lambda p: p.write_bytes(
        _html("<h1>新洲区人大常委会工作报告</h1>" + f"<p>{REPORT}</p>" * 20).replace(b"charset='utf-8'", b"")
        .decode().encode("gb18030")),
}


@pytest.fixture(scope="module")
def hostile_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every hostile and every readable-but-odd file, written once for the module."""
    folder = tmp_path_factory.mktemp("hostile")
    for name, (write, _) in HOSTILE.items():
        write(folder / name)
    for name, write in READABLE.items():
        write(folder / name)
    return folder


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_file_is_one_clear_line_naming_it(hostile_dir: Path, name: str) -> None:
    path = hostile_dir / name
    began = time.process_time()
    with pytest.raises(ReadError) as failure:
        read(path)
    assert time.process_time() - began < TIME_LIMIT
    message = str(failure.value)
    assert str(path) in message and "\n" not in message
    assert len(message) < 400
    assert HOSTILE[name][1] in message


@pytest.mark.parametrize("name", sorted(READABLE))
def test_odd_but_valid_file_reads(hostile_dir: Path, name: str) -> None:
    doc = read(hostile_dir / name)
    assert "湿地保护法" in doc.text and "\ufffd" not in doc.text


def test_ingest_batch_stores_the_good_reports_whole_and_exits_1(hostile_dir: Path, tmp_path: Path) -> None:
    good = write_corpus(tmp_path / "good", reports(3, seed=11))
    batch = tmp_path / "batch"
    batch.mkdir()
    for path in [*hostile_dir.iterdir(), *good]:
        (batch / path.name).symlink_to(path)
    store = tmp_path / "store"
    result = CliRunner().invoke(app, ["ingest", str(batch), "--store", str(store), "--json"])
    assert result.exit_code == 1, result.output
    rows = {Path(r["source"]).name: r for r in map(_json, result.stdout.splitlines()) if r}
    assert {n for n, r in rows.items() if r["outcome"] == "failed"} == set(HOSTILE)
    assert {n for n, r in rows.items() if r["outcome"] == "inserted"} == {p.name for p in good} | set(READABLE)
    for name in HOSTILE:
        assert name in rows[name]["error"]
    with EmbeddedStore(store) as db:
        stored = {str(g): len(graph) for g, graph in db.report_graphs() if "/report/" in str(g)}
    assert stored == {rows[n]["report"]: rows[n]["triples"] for n in rows if rows[n]["outcome"] == "inserted"}


def _json(line: str) -> dict | None:
    return json.loads(line) if line.startswith("{") else None


@pytest.mark.parametrize("text", ["x", "organ: 江西省人大常委会\n\nMeeting notes, nothing else.", "# notes\n- item\n"])
def test_a_file_without_chinese_text_is_no_report(tmp_path: Path, text: str) -> None:
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReadError, match=r"notes\.md: no Chinese text; not a report"):
        read(path)
