"""The one data type that readers hand to the extractor."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

from loaders.lexicon.normalise import simplify
from loaders.lexicon.tables import words_of


#: The metadata key of a date a reader guessed for a page (trafilatura's htmldate reads 2024年12月5日 as
#: 2024-01-01): weaker than a date the text states, so metadata inference takes it only when there is none.
PAGE_DATE = "page_date"
#: The ``key: value`` header fields okg reads from a text report (``url:``, ``organ:`` …).
HEADER_FIELDS = frozenset({"url", "organ", "level", "year", "title", "issued", "jurisdiction"})
#: Metadata readers add besides those: a page's guessed date and the source its page names (来源).
READER_FIELDS = frozenset({PAGE_DATE, "source_organ"})
#: A header value that says the field is not known, with a note in brackets or not (``url: unknown
#: (page of the … site)``, as the shared corpus's seed.txt writes it; ``url: 不详``).
_UNKNOWN = re.compile(r"(?:unknown|not known|n/?a|none|未知|不详|不明|无)(?:\s*[(（].*[)）])?", re.I)


def unread_fields(metadata: dict[str, str]) -> list[str]:
    """One warning per key of a header ``metadata`` okg does not read (a misspelt ``orgn:``, a ``foo:``), naming the
    fields it reads: said when the report is stored (:attr:`loaders.extract.context.Context.warnings`) and, in a header
    refused for another field's fault, beside that fault (a first-time analyst's round 43, finding 6: ``foo: bar`` went
    unsaid when ``year: 2024-23`` refused the file)."""
    return [f"{key}: not a header field okg reads ({', '.join(sorted(HEADER_FIELDS))}); ignored: check its spelling"
            for key in metadata if key not in HEADER_FIELDS and key not in READER_FIELDS]


def states_unknown(value: str) -> bool:
    """Whether a header value says plainly that the field is not known, rather than giving it.

    >>> states_unknown("unknown (page of the Wuhan Municipal People's Congress site)"), states_unknown("见附件")
    (True, False)
    """
    return _UNKNOWN.fullmatch(value.strip()) is not None


#: An annotator's mark that a header value is a guess: a question mark in a name (县人民代表大会（永嘉县?）, 永嘉县？),
#: which no organ's or place's name holds; in a title, where a headline may ask a question, only one set apart
#: in brackets (…报告（?）) or standing alone.
UNCERTAIN = {"organ": re.compile(r"[?？]"), "jurisdiction": re.compile(r"[?？]"),
             "title": re.compile(r"\s*[（(\[【]\s*[?？]+\s*[)）\]】]|^\s*[?？]+\s*$")}


def unmarked(metadata: dict[str, str]) -> dict[str, str]:
    """``metadata`` with the uncertainty marks of its values (:data:`UNCERTAIN`) taken out: the value the annotator
    guessed, read as any other (县人民代表大会（永嘉县?） → 县人民代表大会（永嘉县）); the warning says it was marked."""
    return {key: UNCERTAIN[key].sub("", value).strip() if key in UNCERTAIN else value for key, value in metadata.items()}


@dataclass(frozen=True)
class Document:
    """A report's plain text plus what is known about it.

    ``source`` is where it was read from (a path as given, or a URL);
    ``metadata`` holds header fields such as ``organ``, ``level``, ``year``,
    ``url``, ``title`` and ``issued`` when the reader found them; ``warnings`` what the reader left
    in doubt, one line each naming the field or lines (an ``organ:`` it ignored, header lines it read
    as text), which :func:`loaders.extracted` puts before the extractor's; ``name`` is the source as
    the report's graph names it, the same on every machine (the path relative to the folder
    ``okg ingest`` was given, ``2023/d01.txt``; empty: the file's name, or the URL read:
    :func:`loaders.build.report.source_name`).
    """

    text: str
    source: str
    metadata: dict[str, str] = field(default_factory=dict)
    name: str = ""
    warnings: tuple[str, ...] = ()

    @property
    def content_hash(self) -> str:
        """SHA-256 of text and metadata: an unchanged report is skipped by it."""
        digest = hashlib.sha256(self.text.encode("utf-8"))
        digest.update(self._metadata_lines().encode("utf-8"))
        return digest.hexdigest()

    @property
    def metadata_hash(self) -> str:
        """SHA-256 of the metadata alone: what tells copies of one text apart (:func:`graph.identity.precedence`)."""
        return hashlib.sha256(self._metadata_lines().encode("utf-8")).hexdigest()

    def _metadata_lines(self) -> str:
        return "".join(f"\n{key}={self.metadata[key]}" for key in sorted(self.metadata))

    @property
    def text_hash(self) -> str:
        """``sha256:<hex>`` of the text alone, normalised (NFC, white space removed), so the same
        text read from two files, encodings or line wrappings hashes the same: a report without
        a URL is named by it (:func:`loaders.build.report.report_iri`)."""
        normalised = "".join(unicodedata.normalize("NFC", self.text).split())
        return "sha256:" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()


#: A year as a text writes it: four digits, or Chinese numerals (二〇二三); full-width digits are read as digits.
_YEAR = r"(?:[12]\d{3}|[一二][〇○零一二三四五六七八九]{3})"
#: A year a text names: before 年 (2023年, 二〇二三年), or a date's (2024-01-15, 2024/1/15, 2024.1.15).
_TEXT_YEAR = re.compile(rf"(?<![\d〇○零一二三四五六七八九])({_YEAR})(?=年|[-/.]\d{{1,2}}[-/.]\d{{1,2}})")
_NUMERALS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
#: Words after a year that carry it up to the time of writing (2013年至今, 2013年以来): a text naming
#: them names every year since, however few it writes.
_UP_TO_NOW = re.compile(rf"{_YEAR}年?(?:以来|至今|来)")
#: A year a text names only as the time of earlier work it recalls (回顾2018年，…; 早在2018年，…就…过; 2018年，常委会曾…:
#: the ``lead`` words of ``look-backs.csv``, or 曾 in its clause): no sign of the year the report covers, so never
#: weighed against the header's (a fresh user's, round 32: a 2023 report recalling 2018 was warned about).
_RECALLED_YEAR = re.compile(r"(?:" + words_of("look-backs", "lead")
                            + rf")\s*{_YEAR}\s*年|{_YEAR}\s*年[^，,。；;\n]{{0,4}}[，,]?[^，,。；;\n]{{0,16}}?曾")
#: A year dating a law's making or coming into force, no sign of the year the report covers (newuser22 §5: 自2003年
#: 11月1日《条例》实施以来 in a 2009 inspection's news was warned about), read simplified: the date then the law's title and
#: its verb (2003年11月1日《条例》实施, 2019年《X法》修订), the date then 起 and coming into force (2021年3月1日起施行; 实施以来),
#: the date of a verb qualifying a law named after it (2019年修订的《X法》, 1982年制定的全国人大组织法, 1982年颁布实施的…组织法),
#: an edition in brackets (（2017年修正）), a law then when it was made (野生动物保护法制定于1988年, 《X》于2003年颁布).
_LAW = r"(?:《[^》]{1,60}》|[^，,。；;、《]{0,30}?(?:法|条例|规定|办法|决定))"
_LAW_DATED = re.compile(rf"{_YEAR}\s*年(?:\d{{1,2}}\s*月(?:\d{{1,2}}\s*日)?)?(?:\s*《[^》]{{1,60}}》\s*(?:正式)?"
                        r"(?:颁布|公布|施行|实施|生效|修订|修正|通过)|起?(?:正式)?(?:施行|实施|生效)以来|起(?:正式)?(?:施行|实施|生效)"
                        rf"|(?:颁布|公布|修订|修正|通过|施行|实施|制定)(?:实施|施行)?的{_LAW}|(?:修正|修订|修改)[）)])"
                        rf"|(?<=法|例|》)(?:制定|颁布|通过|公布|施行|实施)?[于自]{_YEAR}\s*年")
#: A year a figure is compared with (比2000年的604种增加了596种, 较2015年增长12%, 与2010年相比, 比2022年同期): the baseline of a comparison, no sign of the year the report covers (a first-time analyst's class 8, round 39).
_COMPARED_YEAR = re.compile(rf"(?:比|较|相比|相较于?|对比)\s*{_YEAR}\s*年|(?:与|同|和|跟)\s*{_YEAR}\s*年[^，,。；;\n]{{0,12}}?(?:相比|比较|对比)")
#: How far (in years) a header's year may lie outside the years its text names, and an ``issued:``
#: date from ``year:``, before they are warned about: a report on 2023 is issued in 2024 and plans 2025.
YEAR_SLACK = 2


def text_years(text: str) -> list[int]:
    """The years ``text`` names, sorted and distinct (1949 to 2100: earlier numbers are no report's).

    >>> text_years("二〇二三年，常委会听取报告；2024年1月15日通过。")
    [2023, 2024]
    """
    found = {int(y.translate(_NUMERALS)) for y in _TEXT_YEAR.findall(unicodedata.normalize("NFKC", text))}
    return sorted(y for y in found if 1949 <= y <= 2100)


def header_conflicts(doc: Document, organ_level: str | None) -> list[str]:
    """Where a report's header contradicts itself or its text, one line each naming the fields and
    what to do (``okg ingest`` puts the file before it); warnings, never failures:

    - ``level:`` is not the level the ``organ:`` name states (``organ_level``, the caller's reading of
      it; None when the name states none): level: county with 湖北省人民代表大会常务委员会;
    - ``year:`` lies more than :data:`YEAR_SLACK` years outside the years the text names
      (:func:`text_years`; a year it carries up to now, 2013年至今, names every year since; one it only recalls,
      回顾2018年, dating a law, 自2003年11月1日《条例》实施以来 (:data:`_LAW_DATED`), or a figure's baseline,
      比2000年的604种 (:data:`_COMPARED_YEAR`), names none): its
      the activities and statistics whose sentence or plan names no year of its own are dated by it;
    - ``issued:`` lies more than :data:`YEAR_SLACK` years from ``year:``.

    A ``url:`` on another province's site is no contradiction (reports are reposted), nor a field
    the header leaves out. ``doc.metadata`` holds the fields as the reader normalised them
    (``level`` one of national … township, ``year`` ``2023`` or ``2017-2021``, ``issued`` ISO).
    """
    meta, found = doc.metadata, []
    level, organ = meta.get("level"), meta.get("organ")
    if level and organ and organ_level and level != organ_level:
        found.append(f"level: {level!r} disagrees with organ: {organ!r}, whose name is of a {organ_level} organ; "
                     "correct the field that is wrong (without level:, okg reads the level from the organ)")
    years = [int(y) for y in meta.get("year", "").split("-") if y.isdigit()]
    if years:
        first, last = years[0], years[-1]
        named = text_years(_COMPARED_YEAR.sub("", _LAW_DATED.sub("", simplify(_RECALLED_YEAR.sub("", doc.text)))))
        latest = 2100 if _UP_TO_NOW.search(unicodedata.normalize("NFKC", doc.text)) else named[-1] if named else 0
        if named and (last < named[0] - YEAR_SLACK or first > latest + YEAR_SLACK):
            span = f"{named[0]}" if named[0] == named[-1] else f"{named[0]}–{named[-1]}"
            found.append(f"year: {meta['year']!r} is far from the years the text names ({span}), and the activities "
                         "and statistics naming no year of their own are dated by it; check it (without year:, okg reads the year from the text)")
        issued = meta.get("issued", "")[:4]
        if issued.isdigit() and not first - YEAR_SLACK <= int(issued) <= last + YEAR_SLACK:
            found.append(f"issued: {meta['issued']!r} is far from year: {meta['year']!r} (the year the report "
                         "covers); check both")
    return found
