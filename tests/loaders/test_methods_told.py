"""methods_told.told over several sentences: a sentence is left exactly when an activity found already starts in it,
whatever the order the activities are given in (round 51 bisects their sorted starts instead of scanning them all per
sentence). The text is the normalised view the finder reads (simplified script: the traditional forms are
covered through ``extract`` in test_extract_activity_round47_recall)."""
from __future__ import annotations

import pytest

from loaders.extract.methods_told import told
from loaders.extract.spans import Span, sentences

_TEXT = ("东坡区人大常委会通过现场检查、召开座谈会等方式，深入了解全区环境保护目标完成情况。"
         "县人大常委会采取专题调研、走访座谈等多种方式，全面了解全县养老服务体系建设情况。"
         "市人大常委会采取实地察看、走访座谈等多种方式，全面了解全市农村公路建设情况。")


def _taken(*sentence_offsets: tuple[int, int | None]) -> list[Span]:
    """Spans starting ``offset`` characters into sentence ``index`` (negative: before its end; None: at its end, the
    full stop no sentence holds)."""
    found = sentences(_TEXT)
    out = []
    for index, offset in sentence_offsets:
        start = found[index].end if offset is None else (found[index].start if offset >= 0 else found[index].end) + offset
        out.append(Span(start, start + 1, _TEXT[start : start + 1]))
    return out


@pytest.mark.parametrize("taken, kinds", [
    ([], ["site_visit", "investigation", "site_visit"]),
    (_taken((1, 0)), ["site_visit", "site_visit"]),  # at the sentence's first character
    (_taken((1, -1)), ["site_visit", "site_visit"]),  # at its last
    (_taken((0, None), (1, None)), ["site_visit", "investigation", "site_visit"]),  # at the full stops between them
    (_taken((2, 3), (0, 5)), ["investigation"]),  # given out of text order
    (_taken((0, 2), (2, 0), (0, 7)), ["investigation"]),
])
def test_a_sentence_holding_an_activity_found_is_left(taken: list[Span], kinds: list[str]) -> None:
    assert [kind for kind, _ in told(_TEXT, sentences(_TEXT), taken)] == kinds
