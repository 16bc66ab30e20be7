"""Reading over HTTP from a server on the loopback interface."""
from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from loaders.extract.context import Context
from loaders.read import ReadError, read

# loaders/__init__.py re-exports the function read, which hides the module's name.
READ_MODULE = importlib.import_module("loaders.read")

FIXTURES = Path(__file__).parent.parent / "fixtures" / "readers"
PAGE = (FIXTURES / "xinzhou.html").read_text(encoding="utf-8")
UNDECLARED = PAGE.replace('<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />', "")
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/gbk.html": (200, "text/html; charset=GBK", UNDECLARED.encode("gbk")),
    "/guess.html": (200, "text/html", UNDECLARED.encode("gb18030")),
    "/report.pdf": (200, "application/pdf", (FIXTURES / "report.pdf").read_bytes()),
    "/plain": (200, "text/plain; charset=big5", "崔家橋鎮人大主席團工作報告\n我受鎮人民代表大會主席團委託,向大會報告工作。".encode("big5")),
    "/big": (200, "text/html", b"<p>" + "大".encode() * 400_000 + b"</p>"),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path in ("/drip", "/endless"):
            self.send_endless()
            return
        if self.path == "/slow":
            time.sleep(2)
        if self.path not in ROUTES:
            self.send_error(404, "Not Found")
            return
        status, media_type, body = ROUTES[self.path]
        self.send_response(status)
        self.send_header("Content-Type", media_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def send_endless(self) -> None:
        """A body without end: 200 bytes a second (/drip) or as fast as it goes (/endless)."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        chunk, pause = (b"x" * 200, 1.0) if self.path == "/drip" else (b"x" * 65536, 0.0)
        try:
            while True:
                self.wfile.write(chunk)
                self.wfile.flush()
                time.sleep(pause)
        except OSError:
            return

    def log_message(self, *args: object) -> None:
        """Keep the test output clean."""


class QuietServer(ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        """A client that timed out and hung up is what the timeout test wants."""


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_declared_gbk_page(server: str) -> None:
    doc = read(f"{server}/gbk.html")
    assert "开展执法检查11项" in doc.text
    assert doc.source == f"{server}/gbk.html"
    assert doc.metadata["url"] == doc.source
    assert doc.metadata["issued"] == "2024-02-09"


def test_undeclared_encoding_is_detected(server: str) -> None:
    assert read(f"{server}/guess.html").text == read(f"{server}/gbk.html").text


def test_pdf_by_media_type(server: str) -> None:
    assert "执法检查11项" in read(f"{server}/report.pdf").text


def test_declared_big5_text(server: str) -> None:
    doc = read(f"{server}/plain")
    assert doc.text.startswith("崔家橋鎮人大主席團工作報告")
    assert Context(doc).metadata["organ"] == "崔家桥镇人民代表大会主席团"


def test_http_error(server: str) -> None:
    with pytest.raises(ReadError, match=r"/missing: HTTP error 404"):
        read(f"{server}/missing")


def test_timeout(server: str) -> None:
    with pytest.raises(ReadError, match=r"/slow: .*timed out"):
        read(f"{server}/slow", timeout=0.3)


def test_size_limit(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(READ_MODULE, "MAX_BYTES", 2**20)
    with pytest.raises(ReadError, match=r"/big: response is \d+ MB, over the 1 MB limit"):
        read(f"{server}/big")


def test_connection_refused() -> None:
    with pytest.raises(ReadError, match=r"^http://127\.0\.0\.1:9/r\.html: cannot fetch"):
        read("http://127.0.0.1:9/r.html", timeout=2)


def test_a_dripping_server_meets_the_total_deadline(server: str) -> None:
    began = time.monotonic()
    with pytest.raises(ReadError, match=r"timed out after 2 s"):
        read(f"{server}/drip", timeout=2)
    assert time.monotonic() - began < 5


def test_an_endless_body_stops_at_the_size_cap(server: str) -> None:
    with pytest.raises(ReadError, match=r"over the \d+ MB limit"):
        read(f"{server}/endless", timeout=60)
