"""Bytes to text for Chinese reports.

Government pages declare ``gb2312`` while using GBK characters, Taiwanese and
Hong Kong pages use Big5 with vendor extensions, and many files declare
nothing at all. :func:`decode` picks the superset codec for a declared name,
falls back to detection when the declaration is wrong, and refuses text it
cannot decode instead of guessing.
"""
from __future__ import annotations

import codecs
import re

from loaders.lexicon.patterns import HAN_CHARS
from loaders.read.errors import ReadError

#: Declared names mapped to the superset codec that real pages need.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "big5hkscs",
    "cp950": "big5hkscs",
}
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Codecs the detector may choose among: the ones Chinese reports are written in.
#: Declarations that servers and editors emit by default, which say nothing.
_DEFAULT_DECLARATIONS = {"iso8859-1", "cp1252", "ascii"}
_CANDIDATES = ["gb18030", "big5hkscs", "cp950", "big5", "utf_8"]
#: Ideographs that valid UTF-8 must yield before it overrides a declaration:
#: a few GBK bytes can be valid UTF-8 by chance (一 is Cyrillic һ), eight in a row cannot.
_UTF8_EVIDENCE = 8
_IDEOGRAPH = re.compile(r"[\u4e00-\u9fff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def codec_for(declared: str | None) -> str | None:
    """Return the Python codec for a declared charset, or None if unknown."""
    if not declared:
        return None
    name = declared.strip().strip("\"'").lower()
    try:
        name = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """Decode report bytes: BOM, then UTF-8, then the declared charset, then detection (:func:`decoding`)."""
    return decoding(data, name, declared)[0]


def decoding(data: bytes, name: str, declared: str | None = None) -> tuple[str, str]:
    """Decode report bytes: BOM, then UTF-8, then the declared charset, then detection; the text and how it was
    decoded, in words for a warning (``utf-8``, ``gb18030 (declared gb2312)``, ``big5hkscs (detected)``).

    Valid UTF-8 that reads as Chinese wins over a declaration because sites
    that moved to UTF-8 often still declare gb2312; a wrong declaration is not
    fatal (detection takes over), and Latin-1 defaults are ignored. Data that
    is binary, mixes encodings or fits none of them raises :class:`ReadError`.
    """
    for bom, bom_codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(bom_codec)
            except UnicodeDecodeError as exc:
                raise ReadError(
                    f"{name}: starts with a {bom_codec} byte-order mark but is not valid {bom_codec} ({exc.reason})"
                ) from exc
            if bom_codec != "utf-8-sig" and not _reads_as_report(text[:4096]):  # any even bytes decode
                raise ReadError(f"{name}: starts with a {bom_codec} byte-order mark but does not read as text "
                                "(binary data?)")
            return _checked(text, name), f"{bom_codec} (byte-order mark)"
    order = _utf16_without_bom(data)
    if order:
        raise ReadError(f"{name}: UTF-16 ({order}) text without a byte-order mark; save it as UTF-8 "
                        "(or as UTF-16 with a BOM)")
    if b"\x00" in data[:8192]:
        raise ReadError(f"{name}: binary data, not a text report")
    codec: str | None = codec_for(declared)
    if codec in _DEFAULT_DECLARATIONS:
        codec = None
    as_utf8 = _try(data, "utf-8")
    if as_utf8 is not None and (codec is None or len(_IDEOGRAPH.findall(as_utf8[:4096])) >= _UTF8_EVIDENCE):
        return _checked(as_utf8, name), "utf-8"
    declared_text = _try(data, codec) if codec else None
    if declared_text is not None:
        return _checked(declared_text, name), f"{codec} (declared {declared})"
    if as_utf8 is not None:
        return _checked(as_utf8, name), "utf-8"
    import charset_normalizer  # only for text that is not UTF-8 nor its declared codec: not at start-up

    match = charset_normalizer.from_bytes(data, cp_isolation=_CANDIDATES).best()
    if match is None or match.encoding is None:
        raise ReadError(
            f"{name}: undecodable text: not UTF-8, GBK/GB18030, Big5 or UTF-16 with BOM "
            "(mixed encodings?); convert it to UTF-8"
        )
    return _checked(str(match), name), f"{match.encoding} (detected)"


#: What UTF-16 text of a Chinese report decodes to: ideographs, CJK and full-width punctuation,
#: ASCII. Other bytes read as UTF-16 give Hangul, surrogates and private-use characters.
_REPORT_CHARS = re.compile(r"[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\t\n\r\x20-\x7e]")


def _utf16_without_bom(data: bytes) -> str | None:
    """"little-endian" or "big-endian" when the bytes read as UTF-16 report text, else None.

    Its ASCII (line breaks, digits) puts NUL bytes on the high side of each pair; ideographs seldom do."""
    sample = data[:4096]
    sample = sample[:len(sample) - len(sample) % 2]
    for codec, order, high in (("utf-16-le", "little-endian", 1), ("utf-16-be", "big-endian", 0)):
        if sample[high::2].count(0) <= 4 * sample[1 - high::2].count(0):  # 一 (U+4E00) has a NUL byte too
            continue
        if _reads_as_report(sample.decode(codec, errors="replace")):
            return order
    return None


def _reads_as_report(text: str) -> bool:
    """Whether decoded text is what a Chinese report decodes to: ideographs among 95 % report characters."""
    return len(_REPORT_CHARS.findall(text)) >= 0.95 * len(text) and _IDEOGRAPH.search(text) is not None


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _checked(text: str, name: str) -> str:
    """Refuse decoded text that is mostly control characters (binary data)."""
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > len(sample) // 100:
        raise ReadError(f"{name}: binary data, not a text report")
    return text


#: A character an encoder could not write, as it leaves it: ``?`` (Python's and iconv's ``replace``,
#: Windows' best fit) or U+FFFD (a decoder's replacement character), standing between Chinese characters, or
#: two or more after one (委??, at the end of a line).
_LOST_RUN = re.compile(rf"(?<=[{HAN_CHARS}])(?:[?\ufffd]+(?=[{HAN_CHARS}])|[?\ufffd]{{2,}})")
#: Single ``?`` between Chinese characters a text may hold without having lost any: a half-width question
#: mark after a question (情况如何?取得了, 怎么样?近期): up to three in the readable dev reports.
QUESTION_MARKS = 4


def lost_characters(text: str, questions: int = QUESTION_MARKS) -> int:
    """How many characters ``text`` lost in an earlier encoding, as far as it shows: every U+FFFD, and the
    ``?`` of :data:`_LOST_RUN` when they are not a few single question marks (``questions`` or fewer, none
    doubled; a header's names ask no questions: 0); 0 for an intact text.

    >>> lost_characters("人民代表大?常务委员?议决定?召开?第五次?议"), lost_characters("情况如何?取得了哪些成效?近日，")
    (5, 0)
    >>> lost_characters("居苏南???月"), lost_characters("第\\ufffd次会议"), lost_characters("人民代表大?常?委??", questions=0)
    (3, 1, 4)
    """
    runs = [match.group() for match in _LOST_RUN.finditer(text)]
    marks = sum(len(run) for run in runs if "\ufffd" not in run)
    asked = len(runs) <= questions and all(run == "?" for run in runs)
    return text.count("\ufffd") + (0 if asked else marks)


def lost_at(text: str) -> int | None:
    """Where the first character ``text`` lost (:data:`_LOST_RUN`) stands; None when it shows none."""
    found = _LOST_RUN.search(text)
    return found.start() if found else (text.find("\ufffd") if "\ufffd" in text else None)
