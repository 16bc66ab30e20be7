"""Plain-text reports, with the ``key: value`` header of the shared corpus files."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache

from loaders.document import HEADER_FIELDS, Document, unread_fields
from loaders.lexicon.normalise import simplify
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import LEVELS
from loaders.lexicon.tables import rows
from loaders.read.encoding import decode
from loaders.read import front_matter
from loaders.read.errors import ReadError
from loaders.read.related import without_related
from loaders.read.header_checks import IDENTITY_FIELDS, field_of, header_blocks, header_line, organ_flaw

_FIELD_WITHOUT_COLON = re.compile(r"^(?:[-*+]\s+)?([A-Za-z_][\w-]*)\s+\S")  # a Markdown list item's marker aside
#: How much of a header line an error quotes: enough to recognise it (a url, an organ's full name), short of a page.
_QUOTED = 120


def _quoted(line: str) -> str:
    """``line`` as an error quotes it: whole up to :data:`_QUOTED` characters, else cut there and marked so."""
    return repr(line if len(line) <= _QUOTED else line[:_QUOTED] + "…")


def read_text(data: bytes, source: str, declared: str | None = None) -> Document:
    """Decode a text file; leading ``key: value`` lines up to the first blank line are metadata."""
    text = decode(data, source, declared)
    # a line without its colon is refused, the header read as if it had one so its other faults are named with it (a
    # new user's round 41, §9: the refusal named that line alone, the year and level faults came one run later)
    text, strays = colons_restored(text)
    stray_faults = [f"{source}: header line {number} {_quoted(line)} is not `key: value` (its colon is missing), "
                    "so the header would be read as text; add the colon or delete the line" for number, line in strays]
    lines = text.split("\n")
    fields, kept, start = _header_layout(lines)
    body = _body(lines, kept, start)
    if repeated := repeated_header_field(fields):
        field, (first, second) = repeated
        raise ReadError("\n".join([*stray_faults, f"{source}: header field {field} is given twice, line {first[0]} "
                                   f"{_quoted(first[1])} and line {second[0]} {_quoted(second[1])}; keep the right one "
                                   "and delete the other"]))
    # a block opening a text without a header is its own header, read as text (unclosed_header warns); the
    # Markdown headings kept above the header are no block
    if further := [index for index in header_blocks(lines[start:]) if index or fields]:
        starts = [number for number, _, _ in fields[:1]] + [start + 1 + index for index in further]
        where = ", ".join(map(str, starts[:6])) + (", …" if len(starts) > 6 else "")
        raise ReadError(f"{source}: {len(starts)} header block{'s' * (len(starts) > 1)} (url:/organ:/level:/year: "
                        f"lines; line{'s' * (len(starts) > 1)} {where}), {len(further)} inside the text: several reports "
                        "joined in one file, which would be read as one report; split it into one file per report")
    metadata = {key: value for _, key, value in fields}
    warnings: list[str] = []
    if (fenced := front_matter.fences(lines)) and (unread := front_matter.unread_lines(lines, *fenced)):
        warnings.append(f"front matter line{'s' * (len(unread) > 1)} {', '.join(map(str, unread[:6]))} "
                        f"{'are' if len(unread) > 1 else 'is'} no one-line `key: value` field and {'were' if len(unread) > 1 else 'was'} "
                        "not read; write each field okg reads (url, organ, level, year …) on one line")
    if unclosed := unclosed_header(text):
        first, last, keys = unclosed
        warnings.append(f"lines {first}–{last} look like a header ({', '.join(keys)}) but no blank line follows them, so "
                        "they are read as the report's text; add a blank line after them")
    found = len(warnings)  # the header's own faults are warned after these
    if metadata.get("organ") and (flaw := organ_flaw(metadata["organ"])):
        warnings.append(f"organ: {metadata.pop('organ')[:60]!r} reads as no organ ({flaw}); ignored: the "
                        "publisher is read from the text as if the header gave none; write the organ's name alone")
    errors: list[str] = []  # every field's error at once (a new user's round 40, §8: the others came one run later)
    faulty: list[str] = []
    for field, check in [*((field, header_date) for field in DATE_FIELDS), ("year", header_years)]:
        if metadata.get(field):
            try:
                metadata[field] = check(metadata[field], f"{source}: header field {field}")
            except ReadError as exc:
                if field == "year" and (dated := date_year(metadata[field])) is not None:
                    warnings.append(f"header field year: {metadata[field]!r} is a date; read as its year, {dated} (write "
                                    "the year alone, 2025, to silence this)")
                    metadata[field] = str(dated)
                    continue
                errors.append(str(exc))
                faulty.append(field)
    if metadata.get("level"):
        try:
            metadata["level"] = header_level(metadata["level"], "header field level")
        except ReadError as exc:  # the organ states the level too: a word okg lacks costs the level, not the report
            del metadata["level"]
            warnings.append(f"{exc}; ignored: the report's level is read from its organ (or its text) instead")
    if errors or stray_faults:  # one line a fault, the file named on each; the header's warnings too, so one edit fixes all
        said = [*warnings[found:], *unread_fields(metadata)]  # a key okg does not read too (round 43, newuser28 §6)
        refusal = HeaderRefused("\n".join([*stray_faults, *errors, *(f"{source}: {_field_fault(line)}" for line in said)]))
        # what the extractor would warn of the fields that are sound (an organ: it does not read) belongs in it too,
        # which only the stage knowing the rules can say: loaders.read_report adds it (newuser30 T9)
        refusal.sound = Document(text=body, source=source,
                                 metadata={k: v for k, v in metadata.items() if k not in faulty})
        raise refusal
    if not body.strip():
        raise ReadError(f"{source}: no text after its {len(metadata)} `key: value` header lines; not a report"
                        if metadata else f"{source}: no text to extract (the file holds only white space)")
    body = "\n".join(without_related(body.split("\n")))  # a saved page's links to other articles (related.py)
    return Document(text=body, source=source, metadata=metadata, warnings=tuple(warnings))


class HeaderRefused(ReadError):
    """A text refused for its header's faults, one line each: a :class:`ReadError` whose ``sound`` is the report as
    its sound fields would read it (the faulty ones left out), or None once it has crossed a process (the attribute
    is not pickled)."""

    sound: Document | None = None


def _field_fault(warning: str) -> str:
    """A header field's warning as one line of a refusal: ``header field organ: …``, without what a stored report
    would have done instead (``; ignored: …``), since the report is not stored."""
    fault = warning.split("; ignored:")[0]
    return fault if fault.startswith("header field ") else f"header field {fault}"


#: Header fields that hold a calendar date, stored as ``xsd:date``.
DATE_FIELDS = ("issued",)
_TWO_DEFAULTS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def header_date(value: str, field: str) -> str:
    """``value`` as an ISO date (2024-02-09), read by dateutil from 2024-02-09, 2024/2/9,
    2024.2.9, 9 Feb 2024 or 2024年2月9日; year, month and day must all be given.

    Raises :class:`ReadError` naming ``field`` when ``value`` is no such date.

    >>> header_date("2024/2/9", "issued")
    '2024-02-09'
    """
    from dateutil import parser as dates  # only for a header that holds a date: not at start-up

    text = value.strip().replace("年", "-").replace("月", "-").removesuffix("日")
    try:
        # a part the value leaves out is filled from the default: two defaults that differ in
        # every part give two answers unless year, month and day were all written
        first, second = (dates.parse(text, default=d, yearfirst=True) for d in _TWO_DEFAULTS)
    except (ValueError, OverflowError):
        first = second = None
    if first is None or first.date() != second.date():  # type: ignore[union-attr]
        raise ReadError(f"{field}: {value!r} is not a whole date; write it as 2024-02-09")
    return first.date().isoformat()


#: 2023, 2023年, 2023年度; a range 2017-2021, 2017—2021, 2017~2021, 2017..2021 (as Rust, Ruby and Kotlin write
#: ranges), 2017/2021 (ISO 8601's time interval, start/end), 2017至2021年, 2017年到2021年, 2017 to 2021.
_YEARS = re.compile(r"(\d{4})\s*(?:年度?)?(?:\s*(?:[-‐‑‒–—―~～/]|\.\.|至|到|to)\s*(\d{4})\s*(?:年度?)?)?", re.I)
#: A range whose last year is cut to two digits (2019-21): refused, since 2019-12 is ISO 8601's December 2019.
_SHORT_END = re.compile(r"((\d{2})\d{2})\s*(?:[-‐‑‒–—―~～/]|\.\.|至|到|to)\s*(\d{2})\s*(?:年度?)?", re.I)
#: A year written digit by digit in Chinese numerals (二〇二三, 二零二三, 二○二三), as the Chinese header keys' values
#: may be (年份：二〇二三年): read as its Arabic digits.
_CHINESE_YEAR = re.compile(r"[〇○零一二三四五六七八九]{4}")
FIRST_YEAR, LAST_YEAR = 1949, 2100


def year_span(value: str) -> tuple[int, int] | None:
    """``(first, last)`` of a year (``2023`` → ``(2023, 2023)``) or a range as reports and analysts write them
    (:data:`_YEARS`; full-width digits read through NFKC, Chinese numerals as digits: :func:`_arabic_years`); None for anything else, a year outside
    :data:`FIRST_YEAR`–:data:`LAST_YEAR` or a range that runs backwards (:func:`year_advice` says why).
    Header years and the API's year filters read years by this one rule.

    >>> year_span("2017至2021年"), year_span("２０２３年度"), year_span("2019..2020"), year_span("2019/2021")
    ((2017, 2021), (2023, 2023), (2019, 2020), (2019, 2021))
    >>> year_span("二〇二三年"), year_span("二〇一七至二〇二一年")
    ((2023, 2023), (2017, 2021))
    >>> year_span("2021-2017"), year_span("2019-21")
    (None, None)
    """
    match = _YEARS.fullmatch(_arabic_years(value))
    years = [int(y) for y in match.groups() if y] if match else []
    if not years or not all(FIRST_YEAR <= y <= LAST_YEAR for y in years) or years != sorted(years):
        return None
    return years[0], years[-1]


def _arabic_years(value: str) -> str:
    """``value`` in NFKC (full-width digits as ASCII), its years in Chinese numerals (:data:`_CHINESE_YEAR`) in Arabic
    digits, stripped: what :func:`year_span` and :func:`year_advice` match."""
    return _CHINESE_YEAR.sub(lambda year: str(to_number(year.group())), unicodedata.normalize("NFKC", value)).strip()


def year_advice(value: str) -> str:
    """Why ``value`` is no year or range :func:`year_span` reads, and what to write instead, one line starting
    with the value: a range that runs backwards (2021-2019: write 2019-2021), a last year in two digits (2019-21:
    write 2019-2021; 2019-12 would be December 2019 in ISO 8601), a year and a month in figures that no range reading
    fits (2023-05: write 2023; newuser37 B5, round 51: it was told "its year 2005 comes before 2023"), else the forms
    read.

    >>> year_advice("2021-2019")
    "'2021-2019' runs backwards; write the first year first: 2019-2021"
    >>> year_advice("2024-23").split("; ")[1]
    'write the year alone (2024), or the range in full, the first year first: 2023-2024'
    >>> year_advice("1998-02").split("; ")[1]
    'write it in full: 1998-2002'
    >>> year_advice("2023-05").split(", and ")[1]
    'a month in figures is not a year: write 2023 (a range has both years in full: 2022-2023)'
    """
    text = _arabic_years(value)
    if (match := _YEARS.fullmatch(text)) and match.group(2) and int(match.group(1)) > int(match.group(2)):
        return f"{value!r} runs backwards; write the first year first: {match.group(2)}-{match.group(1)}"
    if short := _SHORT_END.fullmatch(text):
        said = f"{value!r} gives its last year in two digits, which could be a month (2019-12 is December 2019)"
        first, last = int(short.group(1)), int(short.group(2) + short.group(3))
        if last >= first:
            return f"{said}; write it in full: {first}-{last}"
        if last + 100 > LAST_YEAR and 1 <= int(short.group(3)) <= 12:  # 2023-05: no range either way, a month
            return (f"{value!r} is a year and a month in figures, and a month in figures is not a year: write {first} "
                    f"(a range has both years in full: {first - 1}-{first})")
        if FIRST_YEAR <= last and last + 100 > LAST_YEAR:  # 2024-23: 2023 comes before 2024, 2123 is no year read
            return (f"{said}, and its year {last} comes before {first}; write the year alone ({first}), or the range "
                    f"in full, the first year first: {last}-{first}")
        return f"{said}; write it in full: {first}-{last + 100}"  # 1998-02: 2002
    return (f"{value!r} is neither a year from {FIRST_YEAR} to {LAST_YEAR} nor a range of them; write 2023 (or 2023年), "
            "or a range as 2019-2020 (or 2019..2020, 2019/2020, 2019至2020年)")


#: A date a header's ``year:`` may be given as, the year first: of a month in words (2025年5月, 2025年5月12日), or of a
#: day in figures (2025-05-12, 2025/5/12, 2025.5.12: one separator throughout); the month 1-12, the day 1-31. A month
#: in figures alone (2019-12, 2019/20) is no date read here: a range written short looks the same (2019-21, an academic
#: year 2019/20), so it is refused as before, the refusal saying both readings (:func:`year_advice`).
_DATE = re.compile(r"(\d{4})\s*(?:年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月(?:\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*[日号])?"
                   r"|([-/.])\s*(\d{1,2})\s*\4\s*(\d{1,2}))")


def date_year(value: str) -> int | None:
    """The year of ``value`` when it is a date of a month or a day (:data:`_DATE`, read as :func:`year_span` reads
    years: full width and Chinese numerals too), within :data:`FIRST_YEAR`–:data:`LAST_YEAR`; None for anything else.
    A header's ``year: 2025年5月`` copied from a page's date was refused (newuser36 B3, round 51): the year it states is
    read, with one warning line.

    >>> date_year("2025年5月"), date_year("2025-05-12"), date_year("２０２４年１２月３日"), date_year("二〇二五年五月十二日")
    (2025, 2025, 2024, 2025)
    >>> date_year("2019-12"), date_year("2025-05/12"), date_year("2025年13月"), date_year("2025")
    (None, None, None, None)
    """
    match = _DATE.fullmatch(_arabic_years(value))
    if match is None:
        return None
    year, month, day = int(match[1]), to_number(match[2] or match[5]), match[3] or match[6]
    whole = month is not None and 1 <= month <= 12 and (day is None or 1 <= (to_number(day) or 0) <= 31)
    return year if whole and FIRST_YEAR <= year <= LAST_YEAR else None


def header_years(value: str, field: str) -> str:
    """``value`` as a year (``2023``) or a range (``2017-2021``), read by :func:`year_span`.

    Raises :class:`ReadError` naming ``field`` and saying what to write (:func:`year_advice`) for anything else, a
    year outside 1949-2100 or a range that runs backwards.

    >>> header_years("2017至2021年", "year"), header_years("２０２３年度", "year")
    ('2017-2021', '2023')
    """
    if (span := year_span(value)) is None:
        raise ReadError(f"{field}: {year_advice(value)}")
    return f"{span[0]}-{span[1]}" if span[0] != span[1] else str(span[0])


def header_level(value: str, field: str) -> str:
    """``value`` as one of :data:`LEVELS`, from its name or a level word of ``level-words.csv`` (县级, 省, 地级市,
    区县, 盟, 副省级, prefecture, county-level …), in either script and any case.

    Raises :class:`ReadError` naming ``field`` and every word read for anything else.

    >>> header_level("县级", "level"), header_level("Provincial", "level"), header_level("區縣", "level")
    ('county', 'provincial', 'county')
    """
    level = level_words().get(re.sub(r"[\s_]+", "-", simplify(unicodedata.normalize("NFKC", value)).strip().lower()))
    if level is None:
        raise ReadError(f"{field}: {value!r} is not a level; write one of {', '.join(map(spelt_level, LEVELS))}, "
                        f"or a level word: {_listed_level_words()}")
    return level


def spelt_level(level: str) -> str:
    """A level of :data:`LEVELS` as every answer, file and message of okg spells it (``okg:level``: provincial →
    province; newuser30 T6: answers said province where headers were told provincial)."""
    return "province" if level == "provincial" else level


@lru_cache(maxsize=1)
def level_words() -> dict[str, str]:
    """The level words a header's ``level:`` and the API's level filters take (``data/level-words.csv``, simplified
    script, lowercase) → their level in :data:`LEVELS`: ``{"县级": "county", "盟": "city", …}``."""
    return {row["word"].lower(): row["level"] for row in rows("level-words")}


def _listed_level_words() -> str:
    """The level words :func:`header_level` reads, by level: ``nationwide/central/全国/国家/国家级/中央 (national); …``."""
    words = level_words()
    return "; ".join("/".join(word for word, of in words.items() if of == level and word != spelt_level(level))
                     + f" ({spelt_level(level)})" for level in LEVELS)


def stray_header_line(text: str) -> tuple[int, str] | None:
    """The first line (1-based number, text) among the opening ``key: value`` lines that names a
    header field okg reads (:data:`loaders.document.HEADER_FIELDS`) without its colon (``url
    http://…``, ``organ 某县…``): a header gone wrong, which would otherwise turn the whole header
    into text. A line of the report itself ends the opening lines; blank lines and Markdown headings above them do
    not (:func:`header_fields`).

    >>> stray_header_line("url http://a.cn/x\\norgan: 某县人大常委会\\n\\n正文")
    (1, 'url http://a.cn/x')
    >>> stray_header_line("\\n\\norgan: 某县人大常委会\\nyear 2023\\n\\n正文")
    (4, 'year 2023')
    >>> stray_header_line("县人大常委会开展执法检查。\\nyear 2023") is None
    True
    """
    lines = text.split("\n")
    fenced = front_matter.fences(lines)
    above = fenced[0] + 1 if fenced else _lines_above_header(lines)
    for number, line in enumerate(lines[above:fenced[1]] if fenced else lines[above:], above + 1):
        if header_line(line):
            continue
        key = _FIELD_WITHOUT_COLON.match(line.strip())
        if key and key.group(1).lower() in HEADER_FIELDS:
            return number, line.strip()
        if not fenced:  # a line of the report itself; front matter's other lines are warned about (read_text)
            return None
    return None


def colons_restored(text: str) -> tuple[str, list[tuple[int, str]]]:
    """``text`` with each header line :func:`stray_header_line` finds given its colon after the key (``url
    http://…`` → ``url: http://…``), and those lines as written (number from 1, stripped), in order: the header as
    its writer meant it, read only to name its other faults along with these (:func:`read_text` refuses the file).

    >>> colons_restored("url http://a.cn/x\\nyear 2024-23\\n\\n正文")
    ('url: http://a.cn/x\\nyear: 2024-23\\n\\n正文', [(1, 'url http://a.cn/x'), (2, 'year 2024-23')])
    """
    lines, strays = text.split("\n"), []
    while len(strays) < len(lines) and (stray := stray_header_line("\n".join(lines))):
        number, line = stray
        strays.append(stray)
        written = lines[number - 1]
        key = _FIELD_WITHOUT_COLON.match(written.strip())
        at = written.index(written.strip()) + key.end(1)  # type: ignore[union-attr]
        lines[number - 1] = written[:at] + ":" + written[at:]
    return "\n".join(lines), strays


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``key: value`` lines (ASCII or full-width colon) from the text: up to the first
    blank line, or up to the first other line when a key is one okg reads (:data:`loaders.document.HEADER_FIELDS`);
    a key it does not read stays in the metadata, for the extractor to warn about (a misspelt or
    unknown key), never turning the header into text.

    Keys are lowercased; of a key given twice the later value is kept (:func:`read_text` refuses two
    different values). Without such a header block the whole text is the body.

    >>> split_header("organ: 某区人大常委会\\nYear: 2023\\n\\n正文")
    ({'organ': '某区人大常委会', 'year': '2023'}, '正文')
    >>> split_header("organ：某区人大常委会\\nfoo: bar\\n正文")
    ({'organ': '某区人大常委会', 'foo': 'bar'}, '正文')
    >>> split_header("Note: 正文\\n正文")
    ({}, 'Note: 正文\\n正文')
    """
    fields, body = header_fields(text)
    return {key: value for _, key, value in fields}, body


def header_fields(text: str) -> tuple[list[tuple[int, str, str]], str]:
    """The header's fields as ``(line number from 1, lowercased key, value)`` in order, and the body:
    the reading of :func:`split_header`, keeping each line. ``([], text)`` without a header block.

    Blank lines above the block are skipped (an editor's or a copy's stray newlines: a header is the first thing in
    the file but for white space, as an e-mail's headers are the first lines of the message); the line numbers
    count them. Keys may be Chinese (:data:`loaders.read.header_checks.CHINESE_KEYS`), bold in Markdown or not
    (:func:`loaders.read.header_checks.header_line`). A block closed by a blank line is a
    header unless its Chinese keys name no field besides a date (a page's own 来源：…/日期：… lines); one followed
    by text directly is a header when a key names a field and, if any key is Chinese, every key names a field and
    one says whose report it is (:data:`loaders.read.header_checks.IDENTITY_FIELDS`: 机关：…, 年份：…), since a
    page's own opening writes 来源：… and 日期：… but never 级别：…. The other blocks are text (see :func:`unclosed_header`).
    YAML front matter (``---``, ``key: value`` lines, ``---``: :mod:`loaders.read.front_matter`) is a header too,
    and so are Markdown list items (``- url: …``), the body starting after its closing fence and one blank line.

    Markdown headings above the header (``## 某县人大常委会工作报告``: a title written in Markdown, as a Markdown file
    opens) do not hide it; they are kept, as written, as the opening lines of the body (the report's title).

    >>> header_fields("---\\nurl: http://a.cn/1\\nyear: 2023\\n---\\n\\n正文")
    ([(2, 'url', 'http://a.cn/1'), (3, 'year', '2023')], '正文')
    >>> header_fields("## 工作报告\\n\\n- url: http://a.cn/1\\n- year: 2023\\n\\n正文")
    ([(3, 'url', 'http://a.cn/1'), (4, 'year', '2023')], '## 工作报告\\n\\n正文')
    """
    lines = text.split("\n")
    fields, kept, start = _header_layout(lines)
    return fields, _body(lines, kept, start)


def _header_layout(lines: list[str]) -> tuple[list[tuple[int, str, str]], range, int]:
    """The header's fields (as :func:`header_fields` gives them), the indices of the Markdown headings kept above
    it (with the blank lines below them), and the index of the body's first line below the header:
    ``([], range(0), 0)`` without a header block."""
    if fenced := front_matter.fences(lines):
        after = fenced[1] + 1
        return ([(number, field_of(key), value) for number, key, value in front_matter.fields(lines, *fenced)],
                range(0), after + (after < len(lines) and not lines[after].strip()))
    above = _lines_above_header(lines)
    keys = _leading_keys(lines[above:])
    end = above + len(keys)
    if not keys or end == len(lines) or not _is_header(keys, closed := not lines[end].strip()):
        return [], range(0), 0
    headings = next((index for index in range(above) if _MARKDOWN_HEADING.match(lines[index])), above)
    return ([(number, field_of(key), value) for number, (key, value) in enumerate(keys, above + 1)],
            range(headings, above), end + closed)


def _body(lines: list[str], kept: range, start: int) -> str:
    """The report's text: the lines ``kept`` above the header, then those from ``start`` on (:func:`_header_layout`)."""
    return "\n".join([lines[index] for index in kept] + lines[start:])


def unclosed_header(text: str) -> tuple[int, int, list[str]] | None:
    """The opening ``key: value`` lines of ``text`` (below any blank lines) read as text although they name whose
    report it is (机关, 年份, url …), because text follows them with no blank line and a Chinese key among them names
    no field (来源) — ``(first line, last line, their keys)``, lines counted from 1 — or None. A page's own
    来源：…/日期：… lines name no such field.

    >>> unclosed_header("来源：县人大网\\n机关：某县人大常委会\\n正文")
    (1, 2, ['来源', '机关'])
    >>> unclosed_header("来源：新华网\\n日期：2021-05-01\\n正文") is None
    True
    """
    lines = text.split("\n")
    above = _lines_above_header(lines)
    keys = _leading_keys(lines[above:])
    end = above + len(keys)
    if (not keys or end == len(lines) or not lines[end].strip() or _is_header(keys, closed=False)
            or not {field_of(key) for key, _ in keys} & IDENTITY_FIELDS):
        return None
    return above + 1, end, [key for key, _ in keys]


#: A Markdown ATX heading (``# …`` to ``###### …``, a space after the marks): a title above a header, never its text.
#: A Weibo-style ``#话题#`` has no space after its mark and is no heading.
_MARKDOWN_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S")


def _lines_above_header(lines: list[str]) -> int:
    """How many lines ``lines`` open with that stand above a header without being part of it: blank (or white-space)
    lines, and Markdown headings (:data:`_MARKDOWN_HEADING`)."""
    return next((index for index, line in enumerate(lines) if line.strip() and not _MARKDOWN_HEADING.match(line)),
                len(lines))


def _leading_keys(lines: list[str]) -> list[tuple[str, str]]:
    """The ``(key as written, value)`` of the ``key: value`` lines ``lines`` open with."""
    found: list[tuple[str, str]] = []
    for line in lines:
        if not (read := header_line(line)):
            break
        found.append(read)
    return found


def _is_header(keys: list[tuple[str, str]], closed: bool) -> bool:
    """Whether opening lines with these keys are a header (:func:`header_fields`), ``closed`` by a blank line or not."""
    named = {field_of(key) for key, _ in keys} & HEADER_FIELDS
    chinese = [key for key, _ in keys if not key.isascii()]
    unread = any(field_of(key) not in HEADER_FIELDS for key in chinese)
    if closed:
        return bool(named - {"issued"}) or not unread
    return bool(named) and (not chinese or (not unread and bool(named & IDENTITY_FIELDS)))


def repeated_header_field(fields: list[tuple[int, str, str]]) -> tuple[str, tuple[tuple[int, str], tuple[int, str]]] | None:
    """The first key ``fields`` (:func:`header_fields`) give two different values, with both lines
    ``(number, value)``; None when none is. One value given twice is no conflict.

    >>> repeated_header_field([(1, "year", "2022"), (2, "organ", "某县人大常委会"), (3, "year", "2023")])
    ('year', ((1, '2022'), (3, '2023')))
    """
    first: dict[str, tuple[int, str]] = {}
    for number, key, value in fields:
        if key in first and first[key][1] != value:
            return key, (first[key], (number, value))
        first.setdefault(key, (number, value))
    return None
