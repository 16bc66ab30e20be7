"""A header refused for one field's fault names every key okg does not read too, as a stored report's warnings do (a
first-time analyst's round 43, finding 6: ``foo: bar`` went unsaid beside ``year: 2024-23``), so one edit fixes all."""
from __future__ import annotations

import pytest

from loaders.read.errors import ReadError
from loaders.read.text import read_text

BODY = "2024年，市人大常委会开展了《中华人民共和国森林法》执法检查。\n"


@pytest.mark.parametrize(("header", "faults", "unread"), [
    ("year: 2024-23\nfoo: bar\n", ["header field year"], ["foo"]),
    ("organ: 聊城市人大常委会\nyear: 2024-23\norgna: 聊城市人大\n", ["header field year"], ["orgna"]),
    ("level: 村级\nyear: 2024-23\nfoo: bar\nsoruce: 网\n", ["header field year", "header field level"], ["foo", "soruce"]),
])
def test_a_refused_header_names_its_unread_keys(header: str, faults: list[str], unread: list[str]) -> None:
    with pytest.raises(ReadError) as refused:
        read_text((header + "\n" + BODY).encode(), "r.txt")
    lines = str(refused.value).splitlines()
    assert all(any(line.startswith(f"r.txt: {fault}") for line in lines) for fault in faults), lines
    for key in unread:
        assert f"r.txt: header field {key}: not a header field okg reads (issued, jurisdiction, level, organ, title, url, " \
               "year)" in lines, lines
