"""DOCX reports (python-docx), refusing zip bombs before anything is inflated."""
from __future__ import annotations

import io
import zipfile
import zlib

import docx
import docx.text.paragraph
from docx.table import Table

from loaders.document import Document
from loaders.read.errors import ReadError
from loaders.read.masthead import is_masthead, names_document
from loaders.read.properties import document_title

#: No Word report inflates to more than this; a zip bomb does.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: XML python-docx would parse into a tree (about 20× its size in memory); a long report is a few MB.
MAX_XML = 32 * 1024 * 1024
#: Paragraphs of word/document.xml, counted while streaming it, before python-docx parses it.
MAX_PARAGRAPHS = 100_000
#: Ratio of inflated to compressed size above which a large member is a bomb.
MAX_RATIO = 200
_RATIO_FLOOR = 1024 * 1024


def read_docx(data: bytes, source: str) -> Document:
    """Paragraphs and table rows in document order; core-properties title as metadata when it names a report
    (:func:`loaders.read.properties.document_title`), else the first paragraph styled as a title or first-level heading
    when it does (:func:`_heading`) and is no site's masthead (:func:`loaders.read.masthead.is_masthead`: 聊城人大网)."""
    check_zip(data, source)
    _check_paragraphs(data, source)
    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise ReadError(f"{source}: not a readable DOCX file ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    heading: str | None = None  # the first heading's words, the title when the properties name none
    first: str | None = None  # the first paragraph's words, the title when neither names one
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                cells = [cell.text.strip() for cell in row.cells]
                lines.append("\t".join(dict.fromkeys(c for c in cells if c)))
        else:
            lines.append(block.text)
            first = block.text.strip() if first is None and block.text.strip() else first
            if heading is None and block.text.strip() and _heading(block) and not is_masthead(block.text):
                heading = block.text.strip()
    text = "\n".join(line for line in lines if line.strip())
    if not text.strip():
        raise ReadError(f"{source}: no text to extract (the document is empty)")
    title = (document_title(document.core_properties.title) or document_title(heading)
             or (first if first is not None and _headline(first) else None))
    return Document(text=text, source=source, metadata={"title": title} if title else {})


#: The most characters a headline written as a plain first paragraph has (the longest dev headline: some 50).
_HEADLINE_CHARS = 60


def _headline(words: str) -> bool:
    """Whether a document's first paragraph, unstyled, is its headline: short (:data:`_HEADLINE_CHARS`), no sentence
    (no 。), no masthead, and naming a document or its work (:func:`loaders.read.masthead.names_document`). A page saved as
    DOCX keeps its headline as a plain paragraph and its title property the template's (文档1, Document1: newuser30 E7),
    where the HTML copy's ``<h1>`` gave the title."""
    return (len(words) <= _HEADLINE_CHARS and "。" not in words and not is_masthead(words)
            and names_document(words) and document_title(words) is not None)


#: The paragraph styles of a document's title (Word's built-in 标题 and 标题 1, stored as ``Title`` and ``Heading 1``).
_TITLE_STYLES = ("Title", "Heading 1")


def _heading(paragraph: docx.text.paragraph.Paragraph) -> bool:
    """Whether ``paragraph`` is styled as the document's title or a first-level heading (:data:`_TITLE_STYLES`): its
    words are the report's title when the core properties name none (newuser28 §16: a page saved as DOCX kept its
    headline as 标题 1 and its property 文档1, so the report had no title)."""
    style = paragraph.style
    return style is not None and style.name in _TITLE_STYLES


def check_zip(data: bytes, source: str) -> None:
    """Refuse archives whose declared sizes are huge or whose compression ratio is absurd.

    Python's zipfile never inflates a member past its declared size, so checking
    the declared sizes bounds what reading can cost.
    """
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile as exc:
        raise ReadError(f"{source}: damaged DOCX (not a valid zip archive: {exc})") from exc
    total = sum(member.file_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise ReadError(
            f"{source}: zip bomb refused: DOCX would inflate to {total // 2**20} MB "
            f"(limit {MAX_UNCOMPRESSED // 2**20} MB)"
        )
    for member in members:
        if member.file_size > _RATIO_FLOOR and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            raise ReadError(
                f"{source}: zip bomb refused: {member.filename} inflates {member.file_size // max(member.compress_size, 1)}:1"
            )
    xml = sum(member.file_size for member in members if member.filename.endswith((".xml", ".rels")))
    if xml > MAX_XML:
        raise ReadError(f"{source}: DOCX holds {xml // 2**20} MB of XML (limit {MAX_XML // 2**20} MB); "
                        "save it as text or PDF")


def _check_paragraphs(data: bytes, source: str) -> None:
    """Refuse a body of more than :data:`MAX_PARAGRAPHS` paragraphs, counted by streaming the XML."""
    paragraphs, tail = 0, b""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive, archive.open("word/document.xml") as body:
            while chunk := body.read(1 << 20):
                window = tail + chunk
                paragraphs += window.count(b"<w:p>") + window.count(b"<w:p ") - tail.count(b"<w:p>") - tail.count(b"<w:p ")
                tail = window[-5:]
                if paragraphs > MAX_PARAGRAPHS:
                    raise ReadError(f"{source}: DOCX has more than {MAX_PARAGRAPHS:,} paragraphs; "
                                    "no report has that many (split it)")
    except KeyError as exc:
        raise ReadError(f"{source}: not a DOCX document (no word/document.xml)") from exc
    except (zipfile.BadZipFile, zlib.error) as exc:
        raise ReadError(f"{source}: damaged DOCX ({type(exc).__name__}: {exc})") from exc
