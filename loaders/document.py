"""The one data type that readers hand to the extractor."""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field


#: The metadata key of a date a reader guessed for a page (trafilatura's htmldate reads 2024年12月5日 as
#: 2024-01-01): weaker than a date the text states, so metadata inference takes it only when there is none.
PAGE_DATE = "page_date"
#: The ``key: value`` header fields okg reads from a text report (``url:``, ``organ:`` …).
HEADER_FIELDS = frozenset({"url", "organ", "level", "year", "title", "issued", "jurisdiction"})
#: Metadata readers add besides those: a page's guessed date and the source its page names (来源).
READER_FIELDS = frozenset({PAGE_DATE, "source_organ"})


@dataclass(frozen=True)
class Document:
    """A report's plain text plus what is known about it.

    ``source`` is where it was read from (a path as given, or a URL);
    ``metadata`` holds header fields such as ``organ``, ``level``, ``year``,
    ``url``, ``title`` and ``issued`` when the reader found them.
    """

    text: str
    source: str
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """SHA-256 of text and metadata: an unchanged report is skipped by it."""
        digest = hashlib.sha256(self.text.encode("utf-8"))
        for key in sorted(self.metadata):
            digest.update(f"\n{key}={self.metadata[key]}".encode("utf-8"))
        return digest.hexdigest()

    @property
    def text_hash(self) -> str:
        """``sha256:<hex>`` of the text alone, normalised (NFC, white space removed), so the same
        text read from two files, encodings or line wrappings hashes the same: a report without
        a URL is named by it (:func:`loaders.build.report.report_iri`)."""
        normalised = "".join(unicodedata.normalize("NFC", self.text).split())
        return "sha256:" + hashlib.sha256(normalised.encode("utf-8")).hexdigest()
