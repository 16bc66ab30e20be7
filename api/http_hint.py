"""The HTTP protocol `okg serve` speaks: uvicorn's h11 protocol, whose refusal of a request line that is not HTTP says
how to send a query in Chinese.

A URL is ASCII (RFC 3986): curl sends ``/search?q=大气法`` typed raw as UTF-8 bytes, h11 refuses the request line
before any route sees it, and uvicorn answered ``400 Invalid HTTP request received.``, no more (a new user's round 40,
§8). When the refused request line holds a byte beyond ASCII, the answer now says to percent-encode it, as the README
teaches (``curl -G URL --data-urlencode q=…``); any other refusal is uvicorn's own. The body stays ASCII, as uvicorn
writes it.
"""
from __future__ import annotations

from uvicorn.protocols.http.h11_impl import H11Protocol

#: The answer to a request line holding bytes beyond ASCII (a URL typed with Chinese in it).
NOT_ASCII = ("Invalid HTTP request received: the URL holds characters that are not ASCII. Percent-encode them, "
             "e.g. curl -G http://127.0.0.1:8000/search --data-urlencode 'q=...' (the README's form), or let a "
             "browser or an HTTP library build the URL.")


class HintingH11(H11Protocol):
    """uvicorn's h11 protocol; a request line with a byte beyond ASCII is answered :data:`NOT_ASCII`."""

    #: The first line of the bytes received last: the request line h11 refuses, a request coming in one piece.
    _line = b""

    def data_received(self, data: bytes) -> None:
        self._line = data.split(b"\r\n", 1)[0][:8192]
        super().data_received(data)

    def send_400_response(self, msg: str) -> None:
        super().send_400_response(NOT_ASCII if not self._line.isascii() else msg)
