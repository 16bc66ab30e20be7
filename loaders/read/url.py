"""Fetching a report over HTTP(S) with a timeout and a size limit."""
from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from email.message import Message

from loaders.read.errors import ReadError

_USER_AGENT = "oversight-kg/0.1 (+https://w3id.org/oversight-kg/)"
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class Fetched:
    """A response body with what its headers say about it."""

    data: bytes
    media_type: str
    charset: str | None


def fetch(url: str, *, timeout: float, max_bytes: int) -> Fetched:
    """GET ``url``; ``timeout`` bounds the whole transfer (each wait, and the body's total
    time, checked as each piece arrives), ``max_bytes`` the body.

    Government servers ignore Accept-Encoding now and then, so a gzip body is
    inflated here, within the same size limit.
    """
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT, "Accept-Encoding": "identity"})
    deadline = time.monotonic() + timeout
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            headers: Message = response.headers
            declared = headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) >= max_bytes:
                raise ReadError(f"{url}: response is {int(declared) // 2**20} MB, over the {max_bytes // 2**20} MB limit")
            chunks: list[bytes] = []
            size = 0
            while chunk := response.read1(_CHUNK):  # what has arrived: a dripping server meets the deadline
                size += len(chunk)
                if size >= max_bytes:
                    raise ReadError(f"{url}: response is over the {max_bytes // 2**20} MB limit")
                if time.monotonic() > deadline:
                    raise ReadError(f"{url}: timed out after {timeout:g} s while downloading")
                chunks.append(chunk)
    except urllib.error.HTTPError as exc:
        raise ReadError(f"{url}: HTTP error {exc.code} {exc.reason}") from exc
    except urllib.error.URLError as exc:
        reason = "timed out" if isinstance(exc.reason, TimeoutError) else str(exc.reason)
        raise ReadError(f"{url}: cannot fetch ({reason}); check the address and the network") from exc
    except TimeoutError as exc:
        raise ReadError(f"{url}: timed out after {timeout:g} s; try again later or raise the timeout") from exc
    except (http.client.HTTPException, OSError) as exc:
        raise ReadError(f"{url}: connection failed ({type(exc).__name__}: {exc})") from exc
    data = b"".join(chunks)
    if (headers.get("Content-Encoding") or "").lower() in ("gzip", "deflate"):
        data = _inflate(data, url, max_bytes)
    return Fetched(data=data, media_type=headers.get_content_type(), charset=headers.get_content_charset())


def _inflate(data: bytes, url: str, max_bytes: int) -> bytes:
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header, detected
    try:
        body = inflater.decompress(data, max_bytes)
    except zlib.error as exc:
        raise ReadError(f"{url}: damaged compressed response ({exc})") from exc
    if inflater.unconsumed_tail:
        raise ReadError(f"{url}: compressed response inflates past the {max_bytes // 2**20} MB limit")
    return body
