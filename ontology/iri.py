"""The one place where IRIs are minted.

IRIs are deterministic: the same canonical name gives the same IRI in every
report and every run, so a law or an organ is one node across reports.
"""
from __future__ import annotations

import hashlib
import os
import re

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


def report(source_id: str) -> URIRef:
    """IRI of a report from its source identifier (URL or file name)."""
    return URIRef(f"{base()}report/{_segment(source_id)}")


def fact(report_iri: URIRef, kind: str, start: int, end: int, discriminator: str = "") -> URIRef:
    """IRI of a fact (activity, statistic) from its report and evidence span.

    ``discriminator`` tells apart facts that share a span, such as the several
    numbers of one sentence.
    """
    key = hashlib.sha1(f"{report_iri}\n{discriminator}".encode("utf-8")).hexdigest()[:12]
    return URIRef(f"{base()}{kind}/{key}-{start}-{end}")
