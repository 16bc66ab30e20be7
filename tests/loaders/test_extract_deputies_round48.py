"""Deputies of round 48 (issue 10): a session's present count told by taking part in the session the paragraph names
(参加了会议, 参加此次会议, 齐聚一堂), with the non-voting attendees told beside it (和30名列席代表出席会议) or a word of time
(如期到会), is a statistic only, no group (genre README round 47 ruling 1, whose sweep aligned the golds); the same count
taking part in other work, or at a meeting no session names, stays a group. Phrasings written for these tests, in either
script, read by the extractor as a report's text is."""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts


def _facts(text: str) -> Facts:
    return extract(Document(text=text, source="t.txt", metadata={"organ": "某镇人民代表大会", "year": "2024"}))


def _deputies(text: str) -> list[tuple[str, int | None]]:
    return [(d.mention, d.count) for d in _facts(text).deputies]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("3月26日，冠山乡第十七届人民代表大会第六次会议胜利召开，35名乡人大代表参加了会议。", 35),
        ("镇第六届人民代表大会第一次会议胜利召开，来自全镇各条战线的59名镇人大代表及38名列席人员共97人参加会议。", 59),
        ("金屋塘鎮召開第十九屆人民代表大會第四次會議，46名鎮人大代表和5名列席人員參加會議。", 46),
        ("镇第十届人民代表大会第五次会议召开，镇52名人大代表及17名列席代表参加此次会议。", 52),
        ("乡第十九届人民代表大会第二次会议隆重开幕。全乡48名代表和27名列席人员参加会议。", 48),  # the session in the sentence before
        ("镇人大组织召开第十五届人大七次会议会前活动，全镇79名正式代表如期到会。", 79),
        ("鎮第十九屆人民代表大會第一次會議隆重召開，全鎮90名人大代表134名列席人員齊聚一堂、共議發展。", 90),
        ("乡第十七届人民代表大会第二次会议召开，58名正式代表、30名列席代表参加会议。", 58),
        ("65名镇代表和30名列席代表出席会议。", 65),  # 出席会议 is the present count wherever the session is named
    ],
)
def test_a_count_taking_part_in_the_session_is_no_group(text: str, count: int) -> None:
    facts = _facts(text)
    assert facts.deputies == []
    assert count in [s.value for s in facts.statistics]  # a statistic only: the count is kept, never lost


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("区人大常委会召开座谈会，20名人大代表参加会议。", 20),  # no session named: any meeting's
        ("镇第十届人民代表大会第五次会议闭幕后，组织30名镇人大代表参加视察。", 30),  # other work
        ("鎮人大組織15名縣人大代表參加座談，就鄉村振興提出建議。", 15),
        ("镇人民代表大会主席团组织20名镇人大代表准时参加集中培训。", 20),  # the congress named, training attended
    ],
)
def test_a_count_taking_part_in_other_work_stays_a_group(text: str, count: int) -> None:
    assert [c for _, c in _deputies(text)] == [count]
