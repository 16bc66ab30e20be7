"""Reports in, report graphs out: read → extract → build."""
from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from loaders.lexicon import pattern_cache

# before the first pattern is compiled: each class of the extractors' patterns optimised once, and each
# pattern built from the code kept by an earlier run, when one kept it
pattern_cache.install()
from loaders.document import Document, header_conflicts  # noqa: E402
from loaders.read import ReadError  # noqa: E402
from loaders.read import read as read_document  # noqa: E402
from loaders.read.text import HeaderRefused  # noqa: E402

if TYPE_CHECKING:
    from loaders.build import ReportGraph
    from loaders.facts import Facts

__all__ = ["Document", "ReadError", "ReportGraph", "extracted", "level_word", "load", "organ_level", "read", "warm"]


def __getattr__(name: str) -> Any:
    """``ReportGraph`` on first use, so reading and extracting (``okg extract``) do not load rdflib."""
    if name == "ReportGraph":
        from loaders.build import ReportGraph

        return ReportGraph
    raise AttributeError(f"module 'loaders' has no attribute {name!r}")


def read(source: str | Path, **options: Any) -> Document:
    """One report file or URL as :func:`loaders.read.read` reads it (``options`` its own), a refusal of its header
    naming also what the extractor would warn of the header's sound fields (:func:`header_advice`), so one edit fixes
    every fault, as the README promises (newuser30 T9: ``organ: 番禺区人大常委`` was warned of only once ``year`` and an
    unknown field were fixed). Raises :class:`ReadError`."""
    try:
        return read_document(source, **options)
    except HeaderRefused as refused:
        if refused.sound is None or not (advice := header_advice(refused.sound, str(refused))):
            raise
        raise ReadError("\n".join([str(refused), *advice])) from refused


#: The fields of the extractor's header warnings a refusal repeats: those the reader cannot judge (it knows no organ).
_ADVISED = ("organ:", "url:")


def header_advice(doc: Document, said: str = "") -> list[str]:
    """The extractor's warnings of ``doc``'s ``organ:`` and ``url:`` (:attr:`loaders.extract.context.Context.warnings`:
    a name it does not read as an organ, with a near name it does), each as a refusal's line (``SOURCE: header field
    organ: …``), those ``said`` already holds left out."""
    from loaders.extract.context import Context

    lines = [f"{doc.source}: header field {warning}" for warning in Context(doc).warnings if warning.startswith(_ADVISED)]
    return [line for line in lines if line not in said]


def load(source: str | Path, name: str = "") -> ReportGraph:
    """The named graph of one report file or URL; ``name``: the source as the graph names it
    (:attr:`loaders.document.Document.name`; empty: the file's name, or the URL)."""
    from loaders.build import build

    doc = replace(read(source), name=name)
    return build(doc, extracted(doc))


def extracted(doc: Document) -> Facts:
    """The extractor's Facts of ``doc``, its ``warnings`` after the reader's (:attr:`Document.warnings`) and
    before the header's contradictions (:func:`loaders.document.header_conflicts`): what ``okg ingest`` and
    ``okg extract`` show."""
    from loaders.extract import extract

    facts = extract(doc)
    conflicts = header_conflicts(doc, organ_level(doc.metadata.get("organ", "")))
    warnings = [*doc.warnings, *facts.warnings, *conflicts]
    return replace(facts, warnings=warnings) if warnings != facts.warnings else facts


#: A standing committee's working committee in a street or a township (…区人大常委会新安路街道工作委员会,
#: …市人大常委会梧桐街道工委): its reports are of the township level it works at, whatever its parent's.
_TOWNSHIP_BODY = re.compile(r"(?:常务委员会|常委会).{2,10}?(?:街道|镇|乡)(?:人大)?(?:工作委员会|工委)")


#: A note in brackets after an organ's name (（德州市属县，县名未载）, （永嘉县）, （文中未写明所属市）): what an annotator
#: adds of its place, not part of the name.
_NOTE = re.compile(r"[（(][^（）()]*[）)]")


def organ_level(organ: str) -> str | None:
    """The level an organ's name states by the area it names, one the gazetteer knows (湖北省人大常委会
    → provincial, 鼓楼区人大常委会 → county, whichever 鼓楼区; 全国人大常委会 → national; a street's
    working committee of a district's standing committee → township), or None when it names none: a
    bare level word (市人大常委会 is a prefecture's or a county-level city's), a place the gazetteer
    does not hold, or no place at all (国务院). Read as the extractor reads the name
    (:func:`loaders.extract.jurisdiction.jurisdiction`, which takes a name naming no area as national
    unless given another level to fall back on).

    The name is read without its bracketed notes (:data:`_NOTE`): a note may name the area above the organ
    (县人民代表大会常务委员会（德州市属县，县名未载）: a county's committee, whose county the text leaves unnamed, in
    德州市), which is not the organ's level. A note naming an area of the level the name's own level word gives
    (县人民代表大会（永嘉县）) names the organ's own area, and states that level."""
    from loaders.extract.jurisdiction import jurisdiction
    from loaders.lexicon.normalise import simplify

    name = simplify(organ.strip())
    if not name:
        return None
    if _TOWNSHIP_BODY.search(name):
        return "township"
    head = _NOTE.sub("", name).strip() or name
    read = jurisdiction(head, None, "")
    if read.level == "national":
        return "national" if jurisdiction(head, "township", "").level == "national" else None
    if read.code or read.candidates:  # an area the gazetteer knows
        return read.level
    if read.word and head != name:  # a bare level word: a note of the organ's own area states its level
        noted = jurisdiction(name, None, "")
        return noted.level if (noted.code or noted.candidates) and noted.level == read.level else None
    return None


def level_word(organ: str) -> str | None:
    """The level of the level word an organ's name starts with when it names no area (县人大常委会 → county,
    乡人民代表大会主席团 and 街道人大工委 → township, 市人大常委会 → city, as the extractor reads a relative name), its notes aside
    (县人民代表大会常务委员会（德州市属县）: county); None for a name without one."""
    from loaders.extract.jurisdiction import jurisdiction
    from loaders.lexicon.normalise import simplify

    head = _NOTE.sub("", simplify(organ.strip())).strip()
    if head.startswith("街道"):  # 街道人大工委: a street's, a township-level body (no level word of LEVEL_OF_CHAR)
        return "township"
    read = jurisdiction(head, None, "") if head else None
    return read.level if read is not None and read.word else None


def warm() -> None:
    """Load the lexicon's tables, the ontology's labels and the compiled patterns now, by building
    one short report: a worker process forked afterwards (``api.report_worker``) shares them
    instead of loading them again for each ingest (about 2 s of CPU)."""
    from loaders.build import build
    from loaders.extract import extract

    doc = Document(text="武汉市新洲区人大常委会对《中华人民共和国森林法》开展执法检查，检查发现问题3个。",
                   source="warm-up", metadata={"year": "2023"})
    build(doc, extract(doc))
