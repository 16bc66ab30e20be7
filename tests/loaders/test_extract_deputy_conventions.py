"""The written deputies rule (PROVENANCE-j-b, PROVENANCE-k-b): a named deputy, or a group qualified by
count, part or whole, level, term or place, or role; one entry per group however often a report names it.

Sentences are paraphrases of real pages of the genre (the search tool's stored pages: township and
national session news, county visits, a city's deputies at a standing-committee meeting), with
near-misses that must not match.
"""
from __future__ import annotations

import pytest

COUNTY = "临澧县人民代表大会常务委员会"


def groups(facts):
    return [(d.mention, d.count) for d in facts.deputies if d.name is None]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        # the count present leaves out the 代表 the expected count named
        ("薄竹镇第三届人民代表大会第一次会议预备会召开。会议应到代表60人，因事因病请假2人，实到58人，符合法定人数。", [60, 58]),
        ("大会主持人表示，今天的全体会议应出席代表2986人，出席2948人，缺席38人，出席人数符合法定人数。", [2986, 2948]),
        ("會議應到代表310名，實到290名。", [310, 290]),
        ("会议应到代表431人，实际出席397人。", [431, 397]),
        # or names it again (新密: 实际到会代表281名)
        ("大会主席团常务主席主持会议，会议应出席代表291名，实际到会代表281名，符合法定人数。", [291, 281]),
    ],
)
def test_a_sessions_attendance_is_two_counted_groups(facts_of, text, counts):
    assert [c for _, c in groups(facts_of(text, COUNTY))] == counts


@pytest.mark.parametrize(
    "text",
    [
        # no 代表 named: the attendance of a preparatory meeting, a presidium or a standing committee
        "县第十八届人民代表大会第三次会议召开大会预备会议。会议应到204人，实到189人，因事因病请假15人，符合法定人数。",
        "省人大常委会组成人员应到61人，实到57人，出席人数符合法定人数。",
        "会议应到常委会组成人员65人，实到54人，符合法定人数。",
    ],
)
def test_attendance_without_deputies_named_is_no_group(facts_of, text):
    assert groups(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize(
    "text",
    [
        "人大代表对我县扎实推进民生项目、城市建设取得的明显成效给予高度评价。",
        "召开座谈会，广泛听取人大代表、专家学者和基层执法人员的意见建议。",
        "万年县汪家乡组织人大代表开展民生实事项目视察活动",
        "检查组同企业负责人、人大代表就整改问题交换了意见。",
        "代表们表示，将认真履行代表职责。",
        "县政府高度重视人大代表建议办理和民生实事落实工作。",
    ],
)
def test_bare_deputies_are_no_group(facts_of, text):
    assert groups(facts_of(text, COUNTY)) == []


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("长生镇人大组织部分县、镇人大代表对高标准农田整治项目推进情况进行视察。", "部分县、镇人大代表"),
        ("市人大代表对我县进行年末集中视察。", "市人大代表"),
        # by term, or by the session they attend
        ("各区人大常委会分别召集本选举单位选举产生的市十五届人大代表进行代表会前组团活动。", "市十五届人大代表"),
        ("市领导到各代表团驻地，看望出席市十七届人大一次会议的代表。", "出席市十七届人大一次会议的代表"),
        ("参加大会的人大代表迈着自信的步伐，陆续来到市文化展览中心报到。", "参加大会的人大代表"),
        ("会前，镇人大主席团组织新当选的人大代表开展履职培训。", "新当选的人大代表"),
    ],
)
def test_a_group_qualified_by_part_level_term_or_role(facts_of, text, mention):
    assert groups(facts_of(text, COUNTY)) == [(mention, None)]


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a headline's group and the story's count of it
        ("万年县汪家乡组织人大代表开展民生实事项目视察活动\n近日，汪家乡人大组织乡人大代表开展民生实事项目视察活动，"
         "53名人大代表参与视察。", 53),
        ("石桥镇组织部分县乡人大代表开展视察活动\n近日，石桥镇人大主席团组织全镇28名县乡人大代表对集镇供水工程进行视察。", 28),
        # the same count told again
        ("市人大常委会主任与列席本次会议的12名市人大代表面对面交流座谈。12位市人大代表来自不同行业、不同岗位。", 12),
        # the whole of the deputies of a session named twice
        ("参加临澧县第十七届人民代表大会第五次会议的全体代表对我县民生项目进行集中视察。全体人大代表分成两组，先后视察了新建水厂。",
         None),
    ],
)
def test_a_group_named_twice_is_one_entry(facts_of, text, count):
    found = groups(facts_of(text, COUNTY))
    assert len(found) == 1 and found[0][1] == count


def test_two_counts_of_one_level_are_two_groups(facts_of):
    found = groups(facts_of("本次活动街道代表组的2名市人大代表、20名区人大代表分别深入联系点。", COUNTY))
    assert [c for _, c in found] == [2, 20]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a law's or a rule's title names no deputies
        ("会议还专题学习了新修订的《中华人民共和国全国人民代表大会和地方各级人民代表大会代表法》。", []),
        ("根据《关于市政府民生实事项目实施情况市人大代表满意度测评办法（试行）》，代表进行了测评。", []),
        # a level's credentials name no group; the part whose credentials end is one
        ("会议听取了关于市七届人大代表资格的报告。", []),
        ("会议审议了市人大常委会代表资格审查委员会关于个别代表的代表资格的报告。", [("个别代表", None)]),
    ],
)
def test_titles_and_credentials(facts_of, text, expected):
    assert groups(facts_of(text, COUNTY)) == expected


def test_a_personnel_decisions_title_names_its_deputy(facts_of):
    facts = facts_of("会议审议通过了《关于接受李明辞去某县第十六届人民代表大会代表职务的决议》。", COUNTY)
    assert [d.name for d in facts.deputies] == ["李明"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("区人大代表柳明魁向原选区40余名选民报告履职情况。", "柳明魁"),
        ("会上，邀请全国人大代表莫元芳宣讲了全国两会精神。", "莫元芳"),
    ],
)
def test_a_deputy_named_by_role_before_what_they_do(facts_of, text, name):
    assert name in [d.name for d in facts_of(text, COUNTY).deputies]


def test_a_count_in_ten_thousands_is_read_whole(facts_of):
    assert groups(facts_of("依法指导选举产生12万多名县乡人大代表。", COUNTY)) == [("12万多名县乡人大代表", 120000)]
