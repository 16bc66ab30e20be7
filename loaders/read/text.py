"""Plain-text reports, with the ``key: value`` header of the shared corpus files."""
from __future__ import annotations

import re

from loaders.document import Document
from loaders.read.encoding import decode
from loaders.read.errors import ReadError

_HEADER_LINE = re.compile(r"^([A-Za-z_][\w-]*):\s?(.*)$")


def read_text(data: bytes, source: str, declared: str | None = None) -> Document:
    """Decode a text file; leading ``key: value`` lines up to the first blank line are metadata."""
    metadata, body = split_header(decode(data, source, declared))
    if not body.strip():
        raise ReadError(f"{source}: no text after its {len(metadata)} `key: value` header lines; not a report"
                        if metadata else f"{source}: no text to extract (the file holds only white space)")
    return Document(text=body, source=source, metadata=metadata)


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``key: value`` lines, up to the first blank line, from the text.

    Keys are lowercased. Without such a header block the whole text is the body.

    >>> split_header("organ: 某区人大常委会\\nYear: 2023\\n\\n正文")
    ({'organ': '某区人大常委会', 'year': '2023'}, '正文')
    """
    lines = text.split("\n")
    metadata: dict[str, str] = {}
    for index, line in enumerate(lines):
        if not line.strip():
            if metadata:
                return metadata, "\n".join(lines[index + 1 :])
            break
        match = _HEADER_LINE.match(line.strip())
        if not match:
            break
        metadata[match.group(1).lower()] = match.group(2).strip()
    return {}, text
