"""The one place where IRIs are minted.

IRIs are deterministic: the same canonical name gives the same IRI in every
report and every run, so a law or an organ is one node across reports.
"""
from __future__ import annotations

import hashlib
import os
import re
from urllib.parse import unquote, urlsplit

from rdflib import URIRef

DEFAULT_BASE = "https://w3id.org/oversight-kg/id/"
# Characters an IRI path segment may not hold as they are (RFC 3987 ipchar aside).
_UNSAFE = re.compile(r"[\x00-\x20\"#%/<>?\[\\\]^`{|}\x7f]")


def base() -> str:
    """The data namespace; OKG_BASE_IRI overrides the default."""
    value = os.environ.get("OKG_BASE_IRI", DEFAULT_BASE)
    return value if value.endswith(("/", "#")) else value + "/"


def _segment(name: str) -> str:
    """A readable IRI segment: Chinese stays, unsafe ASCII is percent-encoded."""
    return _UNSAFE.sub(lambda m: "".join(f"%{b:02X}" for b in m.group().encode()), name.strip())


def entity(kind: str, name: str) -> URIRef:
    """IRI of a named entity (law, organ, area, deputy) from its canonical name."""
    return URIRef(f"{base()}{kind}/{_segment(name)}")


def report_for_url(url: str) -> URIRef:
    """IRI of a report named by its URL, readable: host and path as they read.

    The scheme, user and fragment are dropped (``http`` and ``https`` name one report), the
    host is lower-cased, percent-encoded UTF-8 is decoded and ``?`` becomes ``%3F``.

    >>> str(report_for_url("https://WWW.Example.gov.cn/rd/%E6%B9%96.jsp?id=3#top")).removeprefix(base())
    'report/www.example.gov.cn/rd/湖.jsp%3Fid=3'
    """
    parts = urlsplit(url.strip())
    rest = parts.netloc.rpartition("@")[2].lower() + (parts.path or "/")
    return report_path(rest + (f"?{parts.query}" if parts.query else ""))


def report_for_text(digest: str) -> URIRef:
    """IRI of a report named by its content: ``…/report/sha256/<first 16 hex digits>`` of
    ``digest`` (``sha256:<hex>``, :attr:`loaders.document.Document.text_hash`)."""
    return report_path("sha256/" + digest.removeprefix("sha256:")[:16])


def report_path(rest: str) -> URIRef:
    """The report IRI ``…/report/<rest>``, ``rest`` made IRI-safe the same way whether it comes
    minted or decoded (idempotent): existing ``%XX`` escapes stay, other unsafe ASCII is
    escaped, escaped UTF-8 is decoded so Chinese reads as Chinese."""
    decoded = _ESCAPED_UTF8.sub(_decode_utf8, rest)
    return URIRef(f"{base()}report/{_UNSAFE_IN_PATH.sub(_escape, decoded)}")


_ESCAPED_UTF8 = re.compile(r"(?:%[C-Fc-f][0-9A-Fa-f](?:%[89ABab][0-9A-Fa-f])+)+")
# A path keeps its ``/`` and its ``%XX`` escapes; what else an IRI path may not hold is escaped.
_UNSAFE_IN_PATH = re.compile(r"[\x00-\x20\"#<>?\[\\\]^`{|}\x7f]|%(?![0-9A-Fa-f]{2})")


def _decode_utf8(match: re.Match[str]) -> str:
    try:
        return unquote(match.group(), errors="strict")
    except UnicodeDecodeError:
        return match.group()


def _escape(match: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in match.group().encode())


def fact(report_iri: URIRef, kind: str, start: int, end: int, discriminator: str = "") -> URIRef:
    """IRI of a fact (activity, statistic) from its report and evidence span.

    ``discriminator`` tells apart facts that share a span, such as the several
    numbers of one sentence.
    """
    key = hashlib.sha1(f"{report_iri}\n{discriminator}".encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{base()}{kind}/{key}-{start}-{end}")
