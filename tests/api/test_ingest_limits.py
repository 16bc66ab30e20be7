"""Every report is bounded: generated hostile inputs of each kind end within their limit with
one line naming the file, nothing of them is written, and the rest of the batch is stored."""
from __future__ import annotations

import io
import os
import socket
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.cli import SAMPLES
from api.ingest import ingest
from api.report_worker import MiB, ReportLimits
from graph.backends.embedded import EmbeddedStore
from loaders.read.docx import MAX_PARAGRAPHS
from loaders.read.pdf import MAX_PAGES

SENTENCE = "本届常委会开展大气污染防治法执法检查，听取和审议专项工作报告，召开常委会会议九次。\n"


def _docx(paragraphs: int) -> bytes:
    """A DOCX whose body has ``paragraphs`` short paragraphs (small zipped, large inflated)."""
    body = "<w:p><w:r><w:t>检查</w:t></w:r></w:p>" * paragraphs
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        archive.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
                         f'wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>')
    return buffer.getvalue()


def _pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(width=72, height=72)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


@pytest.fixture()
def hostile(tmp_path: Path) -> Iterator[dict[str, Path]]:
    """One file of each hostile kind, made here."""
    files = {name: tmp_path / name for name in ("zero.txt", "fifo.txt", "socket.txt", "paragraphs.docx",
                                                 "pages.pdf", "long.txt")}
    files["zero.txt"].symlink_to("/dev/zero")
    os.mkfifo(files["fifo.txt"])
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(files["socket.txt"]))
    files["paragraphs.docx"].write_bytes(_docx(MAX_PARAGRAPHS + 1))
    files["pages.pdf"].write_bytes(_pdf(MAX_PAGES + 1))
    files["long.txt"].write_text(SENTENCE * 60_000, encoding="utf-8")  # 2.6M characters: reads, then the limits
    yield files
    sock.close()


def test_hostile_files_fail_alone_within_their_limits(tmp_path: Path, hostile: dict[str, Path]) -> None:
    good = sorted(SAMPLES.glob("d0[12].txt"))
    sources = [str(good[0]), *map(str, hostile.values()), str(good[1])]
    with EmbeddedStore(tmp_path / "store") as store:
        began = time.monotonic()
        results = ingest(sources, store, limits=ReportLimits(time=3.0, memory=1024 * MiB))
        took = time.monotonic() - began
        stored = {r["iri"] for r in store.reports()}
    by_name = {Path(r.source).name: r for r in results}
    for name in hostile:
        result = by_name[name]
        assert result.outcome == "failed" and result.error and "\n" not in result.error, result
        assert result.error.startswith(str(hostile[name])), result.error
    assert "regular file" in by_name["zero.txt"].error and "FIFO" in by_name["fifo.txt"].error
    assert "socket" in by_name["socket.txt"].error
    assert "paragraphs" in by_name["paragraphs.docx"].error and "pages" in by_name["pages.pdf"].error
    assert "time limit of 3 s" in by_name["long.txt"].error
    assert [by_name[p.name].outcome for p in good] == ["inserted", "inserted"]
    assert len(stored) == 2 and took < 60


def test_a_report_past_the_memory_ceiling_fails_alone(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(SENTENCE * 150_000, encoding="utf-8")  # 6.5M characters: far more than 128 MiB to extract
    good = sorted(SAMPLES.glob("d0[12].txt"))
    with EmbeddedStore(tmp_path / "store") as store:
        results = ingest([str(big), *map(str, good)], store, limits=ReportLimits(time=120, memory=128 * MiB))
        assert len(store.reports()) == 2
    assert results[0].outcome == "failed" and "memory ceiling of 128 MiB" in (results[0].error or "")
    assert [r.outcome for r in results[1:]] == ["inserted", "inserted"]


def _read_then_spin(source: str) -> str:
    """A report worker's job that reads a text of 9,577,807 characters (a new user's round 42 file) and then computes
    for longer than any limit a test sets."""
    from api.report_worker import tell_size

    tell_size(9_577_807)
    while True:
        pass


def _read_then_answer(source: str) -> str:
    from api.report_worker import tell_size

    tell_size(12)
    return source.upper()


def advised(said: str) -> int:
    return int(said.split("OKG_REPORT_TIME_LIMIT=")[1].split()[0])


def test_a_report_stopped_at_the_time_limit_is_told_the_setting_its_length_needs() -> None:
    """A large real text under the size limit stopped at the time limit says how long it is, the CPU it had, and
    what to set ``OKG_REPORT_TIME_LIMIT`` to (a new user's round 42, finding 12); a report read in time answers as
    before."""
    from api.report_worker import ReportWorker, needs

    with ReportWorker(_read_then_spin, lambda source, reason: reason, ReportLimits(time=1.0)) as worker:
        said = worker.run("huge.txt")
    assert said.startswith("stopped at the time limit of 1 s per report (OKG_REPORT_TIME_LIMIT)"), said
    assert "9,577,807 characters" in said, said
    had = float(said.split("in its 1 s it had ")[1].split()[0])  # the spinning worker's own CPU, no other child's
    assert 0 <= had <= 1.2, said
    assert said.endswith("and ingest it again") and advised(said) > 1 and advised(said) % 60 == 0, said
    assert needs(None, 0.9, 1.0) == ""
    with ReportWorker(_read_then_answer, lambda source, reason: reason, ReportLimits(time=20.0)) as worker:
        assert [worker.run("a"), worker.run("b")] == ["A", "B"]


@pytest.mark.parametrize(("chars", "cpu", "limit"), [
    (2_637_500, 24.0, 120.0),   # a new user's round 44 file on a loaded machine: 44 s of CPU by the rate, a fifth of a CPU
    (2_637_500, 110.0, 120.0),  # the same on an idle machine
    (2_637_500, 60.0, 120.0),   # more CPU than the rate says it needs, not done: it reads slower than measured
    (400_000, 3.0, 3.0),
])
def test_the_advised_time_limit_gives_the_cpu_needed_at_the_share_the_report_had(chars: int, cpu: float,
                                                                                limit: float) -> None:
    """The limit advised is above the one that failed and, at the share of a CPU the report had, gives it the CPU its
    length needs at the slowest rate measured, or more than it had when it had that much (a new user's round 44,
    finding 7: 120 s was advised to a report just stopped at 120 s)."""
    from api.report_worker import MARGIN, SLOWEST_CHARS_PER_S, needs

    said = needs(chars, cpu, limit)
    seconds, share = advised(said), min(1.0, cpu / limit)
    assert seconds > limit and seconds % 60 == 0, said
    assert seconds * share >= MARGIN * max(chars / SLOWEST_CHARS_PER_S, cpu + 1), said
    assert f"{chars:,} characters" in said and f"it had {cpu:.1f} s of CPU" in said


def test_a_report_too_big_for_an_hour_is_told_how_to_split_it() -> None:
    from api.report_worker import LONGEST_ADVISED, needs

    said = needs(9_577_807, 6.0, 120.0)  # 160 s of CPU by the rate, a twentieth of a CPU: over an hour
    assert "too long for one report" in said and said.endswith("when the machine is idle, with "
                                                               "OKG_REPORT_TIME_LIMIT=360)"), said  # 2 × 160 s
    parts = int(said.split("split it into ")[1].split()[0])
    size = int(said.split("at most ")[1].split()[0].replace(",", ""))
    assert parts * size >= 9_577_807 and parts > 1, said
    assert needs(size, 6.0 * size / 9_577_807, 120.0).endswith("and ingest it again")  # a part fits an hour
    assert int(said.split("about ")[2].split()[0].replace(",", "")) > LONGEST_ADVISED
    assert "idle" not in needs(120_000_000, 6.0, 120.0)  # 2,000 s of CPU: over an hour with the margin even idle
