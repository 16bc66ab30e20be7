"""The one data type that readers hand to the extractor."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Document:
    """A report's plain text plus what is known about it.

    ``source`` identifies the report (a path or URL) and so decides its IRI;
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
