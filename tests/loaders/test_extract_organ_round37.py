"""Organ classes of round 37, from the misses and false organs of the freshest readable files (`am`, `al`, `ak`, `aj`
odd) and older readable files with other wording; variants written in the genre's style (session communiqués and
agendas, in simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import organs

XIANGYANG = "襄阳市人民代表大会常务委员会（湖北省）"


@pytest.mark.parametrize(
    "text",
    [
        # aj29, o06, aj05, af23 (traditional): a set of committees named for the choice of their chairs or members
        "大会表决通过了市十八届人大有关专门委员会主任委员人选名单。",
        "大会以按表决器方式，通过了市人大两个专门委员会主任委员人选名单。",
        "会议表决了关于市十八届人大部分专门委员会主任委员人选表决办法草案。",
        "通過了市六屆人大專委會組成人員人選表決辦法(草案)。",
        "9.通过襄阳市第十八届人民代表大会有关专门委员会组成人员名单",
    ],
)
def test_committees_named_for_their_members_election_are_no_organ(facts_of, text):
    """A congress's committees as a set, named for the election of their chairs or members (…专门委员会主任委员人选名单,
    …组成人员人选表决办法): the session's election business, no organ (readable golds ad25 ah25 aj05 aj29 o06 af23)."""
    canonicals = {c for _, c in organs(facts_of(text, XIANGYANG))}
    assert not any(c and c.endswith("专门委员会") for c in canonicals), canonicals


@pytest.mark.parametrize(
    "text",
    [
        "市人大有关专门委员会对议案进行了审议。",
        "会议听取了市人大各专门委员会关于代表议案审议结果的报告。",
        "市人大有关专门委员会和常委会工作机构负责人列席会议。",
    ],
)
def test_committees_that_act_stay_a_set(facts_of, text):
    """The set of committees that does or hears something stays a collective mention."""
    canonicals = {c for _, c in organs(facts_of(text, XIANGYANG))}
    assert any(c and c.endswith("专门委员会") for c in canonicals), canonicals
