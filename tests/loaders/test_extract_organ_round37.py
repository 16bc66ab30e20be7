"""Organ classes of round 37, from the misses and false organs of the freshest readable files (`am`, `al`, `ak`, `aj`
odd) and older readable files with other wording; variants written in the genre's style (session communiqués and
agendas, in simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import organs

XIANGYANG = "襄阳市人民代表大会常务委员会（湖北省）"


@pytest.mark.parametrize(
    ("text", "a_set"),
    [
        # aj29, o06, aj05, af23 (traditional): a set of committees named for the choice of their chairs or members
        ("大会表决通过了市十八届人大有关专门委员会主任委员人选名单。", False),
        ("大会以按表决器方式，通过了市人大两个专门委员会主任委员人选名单。", False),
        ("会议表决了关于市十八届人大部分专门委员会主任委员人选表决办法草案。", False),
        ("通過了市六屆人大專委會組成人員人選表決辦法(草案)。", False),
        ("9.通过襄阳市第十八届人民代表大会有关专门委员会组成人员名单", False),
        # the set of committees that does or hears something stays a collective mention
        ("市人大有关专门委员会对议案进行了审议。", True),
        ("会议听取了市人大各专门委员会关于代表议案审议结果的报告。", True),
        ("市人大有关专门委员会和常委会工作机构负责人列席会议。", True),
    ],
)
def test_committees_named_for_their_members_election_are_no_organ(facts_of, text, a_set):
    """A congress's committees as a set, named for the election of their chairs or members (…专门委员会主任委员人选名单,
    …组成人员人选表决办法): the session's election business, no organ (readable golds ad25 ah25 aj05 aj29 o06 af23);
    the set that acts stays."""
    canonicals = {c for _, c in organs(facts_of(text, XIANGYANG))}
    assert any(c and c.endswith("专门委员会") for c in canonicals) == a_set, canonicals


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        # am05, o10, w13: Shanghai's 侨民宗委, in traditional and simplified script
        ("會議聽取了市人大僑民宗委關於代表議案審議結果的報告。", "上海市人民代表大会常务委员会",
         "上海市人民代表大会华侨民族宗教事务委员会"),
        ("市人大侨民宗委组织开展专题调研。", "上海市人民代表大会常务委员会", "上海市人民代表大会华侨民族宗教事务委员会"),
        # Guangdong's is the common expansion (a17)
        ("省人大侨民宗委组织开展专题调研。", "广东省人民代表大会常务委员会", "广东省人民代表大会华侨民族宗教委员会"),
        # v11, z07: Hunan's 联工委
        ("省人大常委會聯工委負責人作了說明。", "湖南省人民代表大会常务委员会", "湖南省人民代表大会常务委员会选举任免联络工作委员会"),
        ("省人大常委会联工委组织代表视察。", "湖南省人民代表大会常务委员会", "湖南省人民代表大会常务委员会选举任免联络工作委员会"),
        # am05: 社会建设委 named alone after a list's first committee
        ("听取了市人大法制委、财经委、社会建设委关于议案审议结果的报告。", "上海市人民代表大会常务委员会",
         "上海市人民代表大会社会建设委员会"),
    ],
)
def test_a_committee_takes_the_name_its_own_congress_gives_it(facts_of, text, organ, canonical):
    """Where a congress names a committee otherwise than the common expansion of its short name (Shanghai's
    华侨民族宗教事务委员会, Hunan's 选举任免联络工作委员会), the canonical name is its own (``committee-local-names.csv``)."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


JIANNING = "建宁县人民代表大会常务委员会（福建省三明市）"


@pytest.mark.parametrize(
    ("text", "found", "not_found"),
    [
        # aa41: fields after 县政府及, the police among them
        ("县政府及教育、发改、交通、市场监督管理、公安等部门就委员提出的问题一一作出应询。",
         {"建宁县教育局", "建宁县发展和改革局", "建宁县交通运输局", "建宁县市场监督管理局", "建宁县公安局"}, set()),
        # ae45: a field the table lacks (生环) ends the list read back from 等
        ("对生环、住建、城管、交运等部门负责人进行了询问。", {"建宁县住房和城乡建设局", "建宁县交通运输局"}, set()),
        # i24: one field closing a list of bureaux
        ("听取了县安监局、交通局、住建局、经贸局、市场监管等相关部门贯彻执行《安全生产法》的情况汇报。",
         {"建宁县市场监督管理局"}, set()),
        ("会议督促财政、审计等有关部门加强协作。", {"建宁县财政局", "建宁县审计局"}, set()),
        # fields of work, not departments: the first item the tail of a word, or one field alone
        ("要加强教育、卫生等部门的协作。", set(), {"建宁县教育局", "建宁县卫生局"}),
        ("由教育等部门牵头。", set(), {"建宁县教育局"}),
    ],
)
def test_fields_listed_before_the_word_for_departments_are_bureaux(facts_of, text, found, not_found):
    """Bureaux named by their fields alone in a 、-list closed by 等…部门 are one department each of the report's own
    area (readable golds aa41, ae45, i24)."""
    canonicals = {c for _, c in organs(facts_of(text, JIANNING))}
    assert found <= canonicals and not (not_found & canonicals), canonicals


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        # ab41, ae13, ad07, al41: bureaux the stem table lacked, after a level word or in a list
        ("区档案局局长张志元作了我区《档案法》贯彻执行情况的报告。", "北京市房山区人民代表大会常务委员会", "北京市房山区档案局"),
        ("省档案局局长陈熙满作关于条例草案的说明。", "福建省人民代表大会常务委员会", "福建省档案局"),
        ("听取了省文物局局长作的关于《甘肃省长城保护条例(草案)》的说明。", "甘肃省人民代表大会常务委员会", "甘肃省文物局"),
        ("检查组听取乡镇和畜牧兽医局工作汇报。", "高台县人民代表大会常务委员会（甘肃省张掖市）", "高台县畜牧兽医局"),
        ("县农业农村局、县畜牧兽医局负责人列席会议。", "高台县人民代表大会常务委员会（甘肃省张掖市）", "高台县畜牧兽医局"),
    ],
)
def test_bureaux_the_table_lacked(facts_of, text, organ, canonical):
    """Archives, cultural relics and animal husbandry and veterinary bureaux are departments (``departments.csv``)."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


MUDAN = "牡丹区人民代表大会常务委员会（山东省菏泽市）"


@pytest.mark.parametrize(
    ("text", "own"),
    [
        # af17, y31, ak47: the government's role in a governance formula, governments in general
        ("牢牢把握“党委领导、人大主导、政府依托、各方参与”的新时代立法工作格局。", False),
        ("要推动建立党委领导、政府主导、部门负责、社会参与的工作格局。", False),
        ("着力构建人大监督、政府监管、行业自律、社会参与的社会共治格局。", False),
        ("选民们还就居家养老问题如何发挥政府主导作用提出建议。", False),
        # ai51: the government's departments as a set, as 政府部门
        ("同时征求政府各部门意见，梳理形成代表意见。", False),
        # the own government acting or reporting stays
        ("会议听取和审议了政府工作报告。", True),
        ("督促政府负责落实整改。", True),
    ],
)
def test_the_government_in_a_governance_formula_is_no_organ(facts_of, text, own):
    """Bare 政府 in a formula of roles (党委领导、政府主导、…) or before 各部门 names governments in general or their
    departments, not the report's own government (readable golds af17, y31, ak47, ai51)."""
    canonicals = {c for _, c in organs(facts_of(text, MUDAN))}
    assert ("菏泽市牡丹区人民政府" in canonicals) == own, canonicals


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        # aj57, ac53, am49 (cut to 街), al55: the report's own street doing something is its office
        ("据悉，近期汉兴街道将对金城花园小区路灯和监控进行全面维护。", "沛县人民代表大会常务委员会汉兴街道工作委员会（江苏省徐州市）",
         "沛县人民政府汉兴街道办事处"),
        ("11月20日下午，汉兴街道组织地区人大代表、政协委员视察活动。", "沛县人民代表大会常务委员会汉兴街道工作委员会（江苏省徐州市）",
         "沛县人民政府汉兴街道办事处"),
        ("8月20日上午，汉兴街组织部分区人大代表开展述职活动。", "沛县人民代表大会常务委员会汉兴街道工作委员会（江苏省徐州市）",
         "沛县人民政府汉兴街道办事处"),
        ("代表们还听取了汉兴街道关于新冠疫苗接种工作开展情况的汇报。", "沛县人民代表大会常务委员会汉兴街道工作委员会（江苏省徐州市）",
         "沛县人民政府汉兴街道办事处"),
    ],
)
def test_the_own_street_acting_is_its_office(facts_of, text, organ, canonical):
    """In a street committee's own report, its street named bare before what it does is the street office
    (readable golds aj57, ac53, am49, al55)."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


@pytest.mark.parametrize(
    "text",
    [
        "会议听取了汉兴街道2023年度经济社会发展情况的汇报。",
        "代表们视察了汉兴街道民生实事项目推进情况。",
        "汉兴街道人大工委组织代表开展视察。",
    ],
)
def test_the_own_street_as_a_place_is_no_office(facts_of, text):
    """The street as a place or a modifier (汉兴街道民生实事, 汉兴街道2023年度…) names no office."""
    found = {c for _, c in organs(facts_of(text, "沛县人民代表大会常务委员会汉兴街道工作委员会（江苏省徐州市）"))}
    assert "沛县人民政府汉兴街道办事处" not in found, found


QINGSHUI = "清水县人民代表大会常务委员会（甘肃省天水市）"


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        # ak57 (traditional), af27, ak55, s07: a party committee's unit named by its head's title after 常委、
        ("3月8日下午，縣委常委、宣傳部長張秀麗參加代表團審議。", "中共清水县委员会宣传部"),
        ("县委常委、组织部部长岳勇等省人大代表参加视察。", "中共清水县委员会组织部"),
        ("县委常委、政法委书记暴剑以普通代表身份参加活动。", "中共清水县委员会政法委员会"),
        ("县委常委、组织部长孔昌生介绍了提名候选人情况。", "中共清水县委员会组织部"),
        ("县委常委、统战部部长李某出席。", "中共清水县委员会统一战线工作部"),
    ],
)
def test_a_party_unit_named_by_its_heads_title(facts_of, text, canonical):
    """县委常委、宣传部长某某: the unit the head's title names is the party committee's (as 县委宣传部 is)."""
    assert canonical in {c for _, c in organs(facts_of(text, QINGSHUI))}


def test_a_standing_members_other_post_names_no_unit(facts_of):
    """县委常委、常务副县长: a government post, no party unit."""
    found = {c for _, c in organs(facts_of("县委常委、常务副县长王某出席会议。", QINGSHUI))}
    assert not any(c and c.startswith("中共清水县委员会") and c != "中共清水县委员会" for c in found), found
