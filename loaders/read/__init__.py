"""Readers: a file or URL in, one :class:`Document` out.

The format is chosen by what the bytes are (magic numbers, markup), then by
the URL's media type or a markup extension (.html …), so a PDF saved as ``.txt``,
a text saved as ``.pdf`` or an HTML page served as ``text/plain`` still reads. Every failure is a
:class:`ReadError` whose message names the file and the reason in one line,
so a batch can report it and go on.
"""
from __future__ import annotations

import io
import os
import re
import stat
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

from loaders.document import Document
from loaders.lexicon.normalise import unify_ideographs
from loaders.lexicon.patterns import HAN_CHARS
from loaders.read.errors import ReadError
from loaders.read.text import read_text

__all__ = ["MAX_BYTES", "MAX_TEXT_CHARS", "ReadError", "about_the_file", "read"]

#: Files of this size or more are refused: no report comes near it, a dump does.
MAX_BYTES = 50 * 1000 * 1000
#: Text longer than this, from any format, is refused before extraction: a five-year
#: report is a few hundred thousand characters.
MAX_TEXT_CHARS = 10_000_000
DEFAULT_TIMEOUT = 20.0

#: Extensions of markup: the only format a name gives bytes whose own first bytes name none.
_MARKUP_EXTENSIONS = frozenset({".html", ".htm", ".shtml", ".xhtml", ".jsp", ".php", ".asp", ".aspx"})
_MEDIA_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/msword": "doc",
}
_MAGIC = (
    (b"%PDF-", "pdf"), (b"PK\x03\x04", "zip"), (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "doc"),
    (b"\x89PNG", "image"), (b"\xff\xd8\xff", "image"), (b"GIF8", "image"),
)
#: Extensions of the binary formats → the kind :data:`_MAGIC` gives their bytes, what a file of the format is called,
#: the bytes it starts with: a file so named whose bytes are another kind's is no such file, and its refusal says so
#: (a fresh user's ASCII text named .pdf was refused as "no Chinese text").
_BINARY_SUFFIXES = {".pdf": ("pdf", "a PDF", "%PDF-"), ".docx": ("zip", "a DOCX document", "PK, a zip archive's mark"),
                    ".doc": ("doc", "a Word .doc", "D0 CF 11 E0")}
_HAN = re.compile(f"[{HAN_CHARS}]")
_MARKUP = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]", re.I | re.S)


def read(source: str | Path, *, timeout: float = DEFAULT_TIMEOUT) -> Document:
    """Read one report file or http(s) URL into a Document.

    ``.txt`` files keep their ``key: value`` header as metadata, HTML pages their
    labelled date and source; the extractor infers the rest (its ``Context``). Radicals and CJK
    compatibility ideographs in text and metadata are read as the unified ideographs they stand for
    (:func:`loaders.lexicon.normalise.unify_ideographs`: one character for one, so offsets hold).
    """
    name = str(source)
    scheme = urlsplit(name).scheme.lower() if isinstance(source, str) else ""
    if scheme in ("http", "https"):
        from loaders.read.url import fetch

        fetched = fetch(name, timeout=timeout, max_bytes=MAX_BYTES)
        data, charset = fetched.data, fetched.charset
        kind = _sniff(data) or _MEDIA_TYPES.get(fetched.media_type) or _by_extension(urlsplit(name).path)
        document = _parse(data, name, kind, charset)
        metadata = {"url": name, **document.metadata}
    elif len(scheme) > 1 and "://" in name:
        raise ReadError(f"{name}: unsupported URL scheme {scheme!r}; use http(s) or a local path")
    else:
        data, charset = _read_file(Path(source)), None
        kind = _sniff(data) or _by_extension(name)
        try:
            document = _parse(data, name, kind, None)
        except ReadError as exc:  # random bytes named .pdf: not a PDF, as the README says
            if (refusal := _not_as_named(name, kind, f"its bytes are no text ({str(exc).removeprefix(name + ': ')})")) is None:
                raise
            raise ReadError(refusal) from exc
        metadata = document.metadata
    if not _HAN.search(document.text):
        if refusal := _not_as_named(name, kind, "its text holds no Chinese"):
            raise ReadError(refusal)
        raise ReadError(f"{name}: no Chinese text; not a report of a people's congress (check the file, "
                        "or its encoding if the text shows as Latin letters)")
    warnings = (*document.warnings, *filter(None, [_misnamed(name, kind), _lost(document.text, data, name, kind,
                                                                               charset)]))
    if len(document.text) > MAX_TEXT_CHARS:
        raise ReadError(f"{name}: {len(document.text):,} characters of text; reports of more than "
                        f"{MAX_TEXT_CHARS:,} are refused (split it)")
    # a PDF's text layer (or text copied from one) may write 人大 as the radicals ⼈⼤: read as the
    # ideographs, one for one, they are what search, matching, evidence and labels hold
    return Document(text=unify_ideographs(document.text), source=name,
                    metadata={key: unify_ideographs(value) for key, value in metadata.items()}, warnings=warnings)


#: How the text of a kind not decoded from bytes was read, for :func:`_lost`'s warning.
_TEXT_OF = {"pdf": "the PDF's text layer", "docx": "the DOCX document's text"}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.I)


def _lost(text: str, data: bytes, name: str, kind: str | None, charset: str | None) -> str | None:
    """A warning when the text shows characters lost to an encoding (:func:`loaders.read.encoding.lost_characters`:
    U+FFFD, or ``?`` between Chinese characters), naming how the bytes were decoded and an example (a first-time
    analyst, round 39: a title of ``?`` from a mis-decoded page was stored without a word, and ``okg extract`` said
    nothing); None for an intact text."""
    from loaders.read.encoding import decoding, lost_at, lost_characters

    lost = lost_characters(text)
    if not lost:
        return None
    if kind in _TEXT_OF:
        how = _TEXT_OF[kind]
    else:
        meta = _META_CHARSET.search(data[:4096]) if kind == "html" and charset is None else None
        how = "bytes decoded as " + decoding(data, name, meta.group(1).decode("ascii") if meta else charset)[1]
    at = lost_at(text) or 0
    return (f"its text has lost {lost} character(s) ('?' or U+FFFD between Chinese characters, first at "
            f"'{' '.join(text[max(0, at - 8):at + 8].split())}'), its {how}: an earlier encoding could not write them, or the "
            "bytes are not in that encoding, so words read from there may be wrong; open the original again and save "
            "it as UTF-8 (a page: save it from the browser, or give okg its URL)")


#: What each kind a file's bytes are read as is called in a warning.
_KIND_NAMES = {None: "plain text", "html": "an HTML page", "pdf": "a PDF", "zip": "a DOCX document",
               "docx": "a DOCX document", "doc": "a Word .doc"}


#: How :func:`_misnamed`'s warning starts, which :func:`about_the_file` knows it by.
_MISNAMED_START = re.compile(r"named \.\w+ but not ")


def about_the_file(warning: str) -> bool:
    """Whether ``warning`` (of :attr:`loaders.document.Document.warnings`) is about the file itself, not its reading:
    a file named as one format holding another (:func:`_misnamed`), which holds whatever becomes of its report, a
    copy of a stored text included (a first-time analyst's round 44, finding 10: a text named .doc was stored as a
    duplicate without a word of it)."""
    return bool(_MISNAMED_START.match(warning))


def _named_otherwise(name: str, kind: str | None) -> tuple[str, str, str] | None:
    """``(suffix, what a file of it is called, the bytes it starts with)`` when ``name`` names a binary format
    (:data:`_BINARY_SUFFIXES`: .pdf, .docx, .doc) and its bytes are of another ``kind``; None otherwise."""
    suffix = Path(urlsplit(name).path).suffix.lower()
    if suffix not in _BINARY_SUFFIXES or _BINARY_SUFFIXES[suffix][0] == kind:
        return None
    return suffix, *_BINARY_SUFFIXES[suffix][1:]


def _not_as_named(name: str, kind: str | None, why: str) -> str | None:
    """The refusal of a file named as a binary format whose bytes are another kind (:func:`_named_otherwise`) and,
    ``why``, hold no report: it says the file is not what its name says (README, Files), before anything else
    (newuser35 B9: random bytes named .pdf were refused as "binary data"); None for a file of its name's kind or of no
    such name."""
    if (named := _named_otherwise(name, kind)) is None:
        return None
    suffix, label, mark = named
    return (f"{name}: not {label} (its bytes do not start with {mark}): a file of another kind under a {suffix} name, "
            f"and {why}; not a report (check the file)")


def _misnamed(name: str, kind: str | None) -> str | None:
    """A warning when a file named as a binary format (.pdf, .docx, .doc) is another kind and was read as that kind
    (a first-time analyst, round 30, finding 9: Chinese text saved as .pdf was read as text with no word of it, so a
    mis-saved file went unnoticed); None otherwise. One without Chinese is refused instead (:func:`read`)."""
    if (named := _named_otherwise(name, kind)) is None:
        return None
    suffix, label, mark = named
    return (f"named {suffix} but not {label} (its bytes do not start with {mark}); read as "
            f"{_KIND_NAMES.get(kind, kind)}: check that this is the file you meant, or rename it")


def _read_file(path: Path) -> bytes:
    """The bytes of a regular file (a symlink to one is fine); devices, FIFOs, sockets and
    directories are refused without being read, and at most :data:`MAX_BYTES` are read."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # a FIFO opens at once instead of waiting for a writer
    except OSError as exc:
        kind = _kind(path)
        if kind:
            raise ReadError(f"{path}: {kind}, not a regular file; only report files are read") from exc
        raise ReadError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise ReadError(f"{path}: {_KINDS.get(stat.S_IFMT(mode), 'a special file')}, not a regular file; "
                            "only report files are read")
        with os.fdopen(fd, "rb", closefd=False) as file:
            data = file.read(MAX_BYTES)
    except OSError as exc:
        raise ReadError(f"{path}: cannot read file ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if len(data) >= MAX_BYTES:
        raise ReadError(f"{path}: file is {MAX_BYTES // 10**6} MB or more; files of {MAX_BYTES // 10**6} MB or more "
                        "are refused (split the report or extract its text first)")
    return data


_KINDS = {stat.S_IFCHR: "a character device", stat.S_IFBLK: "a block device", stat.S_IFIFO: "a FIFO (named pipe)",
          stat.S_IFSOCK: "a socket", stat.S_IFDIR: "a directory"}


def _kind(path: Path) -> str | None:
    """What a path that is not a regular file is, following symlinks; None if it cannot be told."""
    try:
        return _KINDS.get(stat.S_IFMT(path.stat().st_mode))
    except OSError:
        return None


def _empty(name: str, data: bytes) -> str:
    """The one-line refusal of a file with nothing in it (no byte, or blank space only), naming the file, the reason and
    what to do: save or download the report again, as a format that is read for an old Word .doc (a first-time
    analyst's round 30, finding 9: an empty word.doc was said to be empty, not that a .doc would be refused anyway)."""
    reason = "the file is empty (0 bytes)" if not data else f"the file is empty but for blank space ({len(data)} bytes)"
    old_word = Path(urlsplit(name).path).suffix.lower() == ".doc"
    remedy = ("save the report again as .docx or PDF (an old .doc is not read either)" if old_word
              else "save or download the report again (a .txt, .docx, PDF or HTML file)")
    return f"{name}: no text to extract, {reason}; {remedy}, then read it again"


def _parse(data: bytes, name: str, kind: str | None, charset: str | None) -> Document:
    if not data.strip():
        raise ReadError(_empty(name, data))
    if kind == "zip":
        kind = _zip_kind(data, name)
    # Each format's library is imported when a file of that format comes (a text report needs none).
    if kind == "pdf":
        from loaders.read.pdf import read_pdf

        return read_pdf(data, name)
    if kind == "docx":
        from loaders.read.docx import read_docx

        return read_docx(data, name)
    if kind == "doc":
        raise ReadError(f"{name}: old binary Word (.doc) format; save it as .docx or PDF")
    if kind == "image":
        raise ReadError(f"{name}: an image, not a text report; run OCR on it first")
    if kind == "html":
        return _markup(data, name, charset)
    return read_text(data, name, charset)


def _markup(data: bytes, name: str, charset: str | None) -> Document:
    """A page, or a file named as markup (.html, .htm) that opens with a text's ``key: value`` header (a first-time
    analyst, round 30, finding 9: a text saved as .html, or a header written over a saved page, lost its url: and
    its title became "organ: …"): the header is read as a text's (:func:`loaders.read.text.read_text`, with its
    checks), and the rest as the page it is when it opens with markup, else as the text. The header's fields win
    over the page's own labels, as a header states what the analyst knows of the report."""
    from loaders.read.encoding import decode
    from loaders.read.html import read_html
    from loaders.read.text import header_fields

    if _sniff(data) == "html" or not header_fields(decode(data, name, charset))[0]:
        return read_html(data, name, charset)
    text = read_text(data, name, charset)
    if not _MARKUP.match(text.text.encode("utf-8")):
        return text
    page = read_html(text.text.encode("utf-8"), name, "utf-8", url_given="url" in text.metadata)
    return Document(text=page.text, source=name, metadata={**page.metadata, **text.metadata},
                    warnings=(*text.warnings, *page.warnings))


def _sniff(data: bytes) -> str | None:
    """The format the bytes themselves announce, if any."""
    head = data[:1024]
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if _MARKUP.match(head.lstrip(b"\xef\xbb\xbf")):
        return "html"
    return None


def _by_extension(name: str) -> str | None:
    """The format a name's extension gives bytes that announce none: markup only. A binary format (PDF,
    DOCX, DOC) is what its magic number says, so a text saved as ``.pdf`` is read as the text it is."""
    return "html" if Path(name).suffix.lower() in _MARKUP_EXTENSIONS else None


def _zip_kind(data: bytes, name: str) -> str:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile as exc:
        raise ReadError(f"{name}: damaged zip archive ({exc})") from exc
    if "word/document.xml" in names:
        return "docx"
    raise ReadError(f"{name}: a zip archive that is not a DOCX document; unpack it and read its files")
