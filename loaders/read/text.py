"""Plain-text reports, with the ``key: value`` header of the shared corpus files."""
from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from loaders.document import HEADER_FIELDS, Document
from loaders.lexicon.normalise import simplify
from loaders.lexicon.patterns import LEVEL_OF_CHAR, LEVELS
from loaders.read.encoding import decode
from loaders.read.errors import ReadError
from loaders.read.header_checks import HEADER_LINE, IDENTITY_FIELDS, field_of, header_blocks, organ_flaw

_FIELD_WITHOUT_COLON = re.compile(r"^([A-Za-z_][\w-]*)\s+\S")
#: A header's ``level`` as the field writes it (国家级, 省级, 县级 …) → its name in :data:`LEVELS`.
_LEVEL_WORDS = {
    **{level: level for level in LEVELS},
    **LEVEL_OF_CHAR, **{word + "级": level for word, level in LEVEL_OF_CHAR.items()},  # 省, 省级, 自治州 …
    **dict.fromkeys(("全国", "国家", "国家级", "中央"), "national"),
    **dict.fromkeys(("直辖市",), "provincial"),
    **dict.fromkeys(("地级", "地级市", "地市", "地市级", "设区的市"), "city"),
    **dict.fromkeys(("县区", "县市区", "县级市"), "county"),
    **dict.fromkeys(("乡镇", "街道"), "township"),
}


def read_text(data: bytes, source: str, declared: str | None = None) -> Document:
    """Decode a text file; leading ``key: value`` lines up to the first blank line are metadata."""
    text = decode(data, source, declared)
    if stray := stray_header_line(text):
        number, line = stray
        raise ReadError(f"{source}: header line {number} {line[:40]!r} is not `key: value` (its colon is missing), "
                        "so the header would be read as text; add the colon or delete the line")
    fields, body = header_fields(text)
    if repeated := repeated_header_field(fields):
        field, (first, second) = repeated
        raise ReadError(f"{source}: header field {field} is given twice, line {first[0]} {first[1][:40]!r} and line "
                        f"{second[0]} {second[1][:40]!r}; keep the right one and delete the other")
    # a block opening a text without a header is its own header, read as text (unclosed_header warns)
    if further := [index for index in header_blocks(body.split("\n")) if index or fields]:
        first = text.count("\n") - body.count("\n") + 1  # the body's first line in the file
        starts = [1] * bool(fields) + [first + index for index in further]
        where = ", ".join(map(str, starts[:6])) + (", …" if len(starts) > 6 else "")
        raise ReadError(f"{source}: {len(starts)} header block{'s' * (len(starts) > 1)} (url:/organ:/level:/year: "
                        f"lines; line{'s' * (len(starts) > 1)} {where}), {len(further)} inside the text: several reports "
                        "joined in one file, which would be read as one report; split it into one file per report")
    metadata = {key: value for _, key, value in fields}
    warnings: list[str] = []
    if unclosed := unclosed_header(text):
        count, keys = unclosed
        warnings.append(f"lines 1–{count} look like a header ({', '.join(keys)}) but no blank line follows them, so "
                        "they are read as the report's text; add a blank line after them")
    if metadata.get("organ") and (flaw := organ_flaw(metadata["organ"])):
        warnings.append(f"organ: {metadata.pop('organ')[:60]!r} reads as no organ ({flaw}); ignored: the "
                        "publisher is read from the text as if the header gave none; write the organ's name alone")
    for field in DATE_FIELDS:
        if metadata.get(field):
            metadata[field] = header_date(metadata[field], f"{source}: header field {field}")
    if metadata.get("year"):
        metadata["year"] = header_years(metadata["year"], f"{source}: header field year")
    if metadata.get("level"):
        metadata["level"] = header_level(metadata["level"], f"{source}: header field level")
    if not body.strip():
        raise ReadError(f"{source}: no text after its {len(metadata)} `key: value` header lines; not a report"
                        if metadata else f"{source}: no text to extract (the file holds only white space)")
    return Document(text=body, source=source, metadata=metadata, warnings=tuple(warnings))


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


#: 2023, 2023年, 2023年度; a range 2017-2021, 2017—2021, 2017~2021, 2017至2021年, 2017年到2021年, 2017 to 2021.
_YEARS = re.compile(r"(\d{4})\s*(?:年度?)?(?:\s*(?:[-‐‑‒–—―~～]|至|到|to)\s*(\d{4})\s*(?:年度?)?)?", re.I)
FIRST_YEAR, LAST_YEAR = 1949, 2100


def header_years(value: str, field: str) -> str:
    """``value`` as a year (``2023``) or a range (``2017-2021``); full-width digits are read.

    Raises :class:`ReadError` naming ``field`` for anything else, a year outside
    1949-2100 or a range that runs backwards.

    >>> header_years("2017至2021年", "year"), header_years("２０２３年度", "year")
    ('2017-2021', '2023')
    """
    match = _YEARS.fullmatch(unicodedata.normalize("NFKC", value).strip())
    years = [int(y) for y in match.groups() if y] if match else []
    if not years or not all(FIRST_YEAR <= y <= LAST_YEAR for y in years) or years != sorted(years):
        raise ReadError(f"{field}: {value!r} is not a year from {FIRST_YEAR} to {LAST_YEAR} or a range of them; "
                        "write it as 2023 or 2017-2021")
    return "-".join(str(y) for y in years) if len(set(years)) > 1 else str(years[0])


def header_level(value: str, field: str) -> str:
    """``value`` as one of :data:`LEVELS`, from its name or the level words a header writes (县级, 省, 地级市),
    in either script.

    Raises :class:`ReadError` naming ``field`` for anything else.

    >>> header_level("县级", "level"), header_level("Provincial", "level")
    ('county', 'provincial')
    """
    level = _LEVEL_WORDS.get(simplify(unicodedata.normalize("NFKC", value)).strip().lower())
    if level is None:
        raise ReadError(f"{field}: {value!r} is not a level; write one of {', '.join(LEVELS)}, or a level word: {_level_words()}")
    return level


def _level_words() -> str:
    """The Chinese level words :func:`header_level` reads, by level: ``全国/国家/国家级/中央 (national); …``."""
    return "; ".join("/".join(word for word, of in _LEVEL_WORDS.items() if of == level and word != level) + f" ({level})"
                     for level in LEVELS)


def stray_header_line(text: str) -> tuple[int, str] | None:
    """The first line (1-based number, text) among the opening ``key: value`` lines that names a
    header field okg reads (:data:`loaders.document.HEADER_FIELDS`) without its colon (``url
    http://…``, ``organ 某县…``): a header gone wrong, which would otherwise turn the whole header
    into text. A line of the report itself ends the opening lines.

    >>> stray_header_line("url http://a.cn/x\\norgan: 某县人大常委会\\n\\n正文")
    (1, 'url http://a.cn/x')
    >>> stray_header_line("县人大常委会开展执法检查。\\nyear 2023") is None
    True
    """
    for number, line in enumerate(text.split("\n"), 1):
        if HEADER_LINE.match(line.strip()):
            continue
        key = _FIELD_WITHOUT_COLON.match(line.strip())
        return (number, line.strip()) if key and key.group(1).lower() in HEADER_FIELDS else None
    return None


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

    Keys may be Chinese (:data:`loaders.read.header_checks.CHINESE_KEYS`). A block closed by a blank line is a
    header unless its Chinese keys name no field besides a date (a page's own 来源：…/日期：… lines); one followed
    by text directly is a header when a key names a field and, if any key is Chinese, every key names a field and
    one says whose report it is (:data:`loaders.read.header_checks.IDENTITY_FIELDS`: 机关：…, 年份：…), since a
    page's own opening writes 来源：… and 日期：… but never 级别：…. The other blocks are text (see :func:`unclosed_header`).
    """
    lines = text.split("\n")
    keys = _leading_keys(lines)
    if not keys or len(keys) == len(lines) or not _is_header(keys, closed := not lines[len(keys)].strip()):
        return [], text
    fields = [(number, field_of(key), value) for number, (key, value) in enumerate(keys, 1)]
    return fields, "\n".join(lines[len(keys) + closed :])


def unclosed_header(text: str) -> tuple[int, list[str]] | None:
    """The opening ``key: value`` lines of ``text`` read as text although they name whose report it is (机关, 年份,
    url …), because text follows them with no blank line and a Chinese key among them names no field (来源)
    — ``(how many lines, their keys)`` — or None. A page's own 来源：…/日期：… lines name no such field.

    >>> unclosed_header("来源：县人大网\\n机关：某县人大常委会\\n正文")
    (2, ['来源', '机关'])
    >>> unclosed_header("来源：新华网\\n日期：2021-05-01\\n正文") is None
    True
    """
    lines = text.split("\n")
    keys = _leading_keys(lines)
    if (not keys or len(keys) == len(lines) or not lines[len(keys)].strip() or _is_header(keys, closed=False)
            or not {field_of(key) for key, _ in keys} & IDENTITY_FIELDS):
        return None
    return len(keys), [key for key, _ in keys]


def _leading_keys(lines: list[str]) -> list[tuple[str, str]]:
    """The ``(key as written, value)`` of the ``key: value`` lines ``lines`` open with."""
    found: list[tuple[str, str]] = []
    for line in lines:
        if not (match := HEADER_LINE.match(line.strip())):
            break
        found.append((match.group(1), match.group(2).strip()))
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
