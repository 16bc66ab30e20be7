"""PDF reports through their text layer (pypdf); scans without one are refused."""
from __future__ import annotations

import io
import logging
import re

from pypdf import PdfReader
from pypdf.errors import PdfReadError, PyPdfError

from loaders.document import Document
from loaders.read.errors import ReadError
from loaders.read.layout import characters, reflow
from loaders.read.margins import drop_running_lines
from loaders.read.properties import document_title
from loaders.read.related import without_related
from loaders.lexicon.normalise import unify_ideographs

#: A PDF ends with %%EOF within its last kilobyte or so; a cut-off download does not.
_EOF_WINDOW = 2048
_MIN_CHARS_PER_PAGE = 5
#: Pages whose text is extracted; a longer PDF is refused before any is (a report has tens).
MAX_PAGES = 2000


def read_pdf(data: bytes, source: str) -> Document:
    """The text of every page as the text it was typeset from: in its own characters
    (:func:`loaders.read.layout.characters`: NFC, ligatures such as ﬁ spelt out), its running heads and feet (a browser's print date,
    title, address and page number; :func:`loaders.read.margins.drop_running_lines`) dropped, then
    :func:`loaders.read.layout.reflow` (lines broken at the margin joined, layout's spaces beside Chinese dropped), pages separated by a blank line,
    a saved page's links to other articles left out as a text's are (:func:`loaders.read.related.without_related`); the PDF's title as
    metadata when it names a report (:func:`loaders.read.properties.document_title`)."""
    if b"%%EOF" not in data[-_EOF_WINDOW:]:
        raise ReadError(f"{source}: truncated PDF (no end-of-file marker); download it again")
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(f"{source}: encrypted PDF; remove the password first")
        if len(reader.pages) > MAX_PAGES:
            raise ReadError(f"{source}: PDF of {len(reader.pages):,} pages; more than {MAX_PAGES:,} are refused "
                            "(split it)")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = reader.metadata.title if reader.metadata else None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError) as exc:
        raise ReadError(f"{source}: damaged PDF ({type(exc).__name__}: {exc})".replace("\n", " ")) from exc
    # a saved page printed to PDF keeps its links to other articles, one run into its footer's line (related.py), their
    # labels maybe in radicals (上⼀篇): read as the ideographs, one for one, as :func:`loaders.read.read` reads them all
    text = reflow(drop_running_lines([characters(page) for page in pages]))
    text = "\n".join(without_related(unify_ideographs(text).split("\n")))
    if len(re.sub(r"\s", "", text)) < _MIN_CHARS_PER_PAGE * max(len(pages), 1):
        raise ReadError(
            f"{source}: PDF has no text layer ({len(pages)} pages of images, a scan?); "
            "run OCR on it first (e.g. ocrmypdf -l chi_sim)"
        )
    return Document(text=text, source=source, metadata={"title": title} if (title := document_title(title)) else {})
