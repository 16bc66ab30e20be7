"""Organ classes of round 36, from the misses and false organs of the freshest readable files (`al`, `ak`, `aj`, `ai`
odd) and older readable files with other wording; variants written in the genre's style (news items, communiqués,
work reports, in simplified and traditional script)."""
from __future__ import annotations

import pytest
from extract_helpers import organs

HENGYANG = "衡阳县人民代表大会常务委员会（湖南省衡阳市）"
JINWAN = "珠海市金湾区人民代表大会常务委员会（广东省）"


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        # al09, ak43: an area, its term and a session in traditional script
        ("梧州市第十四屆人大三次會議將于明日開幕。", HENGYANG),
        ("1月16日，龍游縣十三屆人大二次會議上，全體代表對民生實事進行了滿意度測評。", HENGYANG),
        # x51: a city's session named in a district's report
        ("为确保珠海市十届人大四次会议期间代表履职顺利进行。", JINWAN),
        # ai53: the suggestions of a session (办理|县十八届人大…: the county's own)
        ("听取了关于办理县十八届人大四次会议代表建议工作情况的报告。", HENGYANG),
        # the congress named by its level word and a session, no term
        ("在县人大四次会议上，代表们提出建议120件。", HENGYANG),
        ("衡阳县人大第四次会议胜利闭幕。", HENGYANG),
    ],
)
def test_a_congress_named_before_its_session_number_is_a_meeting(facts_of, text, organ):
    """A congress named by its area (and term) before a session's number (…三次会议) names the meeting it held, no organ
    (round 32 ruling 1), though its 人大 elsewhere reads as the standing committee."""
    mentions = [m for m, _ in organs(facts_of(text, organ))]
    assert not any(m.endswith(("人大", "人民代表大会", "人民代表大會")) for m in mentions), mentions


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("县人大常委会第十次会议听取了县政府的报告。", "衡阳县人民代表大会常务委员会"),
        ("衡阳县十八届人大常委会第十次会议召开。", "衡阳县人民代表大会常务委员会"),
        ("县十八届人大四次会议主席团交付的议案已办结。", "衡阳县人民代表大会主席团"),
    ],
)
def test_a_standing_committee_or_presidium_before_a_sitting_stays_an_organ(facts_of, text, canonical):
    """The standing committee's sitting names the body that sits (round 32 part a 3); a session's presidium is a body."""
    assert canonical in {c for _, c in organs(facts_of(text, HENGYANG))}


HUAJING = "上海市徐汇区华泾镇人民代表大会"


@pytest.mark.parametrize(
    "text",
    [
        # ak51, ak43 (traditional), ae55: the livelihood projects' slogan, each step a body and its verb
        "探索出一条“群众提、代表决、政府办、人大评”的基层善治之路。",
        "民生實事項目由群眾提、代表定、政府辦、人大評，嶄新的機制廣受好評。",
        "项目通过“群众提、代表定、政府办、人大监督”的方式实施。",
        "推行“百姓点、代表票决、政府办、人大督”的民生实事项目票决制。",
    ],
)
def test_the_government_doing_the_work_in_the_projects_slogan_names_no_office(facts_of, text):
    """In 群众提、代表定、政府办、人大评 the 办 is the government's doing (办理), not its general office (政府办)."""
    assert not any(c.endswith("办公室") for _, c in organs(facts_of(text, HUAJING)))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("镇政府办、镇经发办负责同志参加座谈。", "上海市徐汇区华泾镇人民政府办公室"),
        ("代表定、区政府办公室负责落实。", "上海市徐汇区人民政府办公室"),
        ("会议听取了政府办关于民生实事项目推进情况的汇报。", "上海市徐汇区华泾镇人民政府办公室"),
    ],
)
def test_a_governments_office_outside_the_slogan_stays_an_organ(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, HUAJING))}


FANGXIAN = "房县人民代表大会常务委员会（湖北省十堰市）"


@pytest.mark.parametrize(
    "text",
    [
        # ai45: the CPPCC's session named with its committee and term
        "出席县十八届人大四次会议的人大代表和政协房县第十届委员会第四次会议的政协委员们参加活动。",
        # ak05: traditional script with a glossing plug-in's pinyin, the term before the area
        "政協(xié)十二屆西藏自治區(qū)委員會一次會議1月12日開幕。",
        # the CPPCC's full name, no term
        "中国人民政治协商会议房县委员会主席出席会议。",
        "政协房县委员会副主席参加视察。",
    ],
)
def test_an_areas_committee_after_the_cppccs_name_is_no_party_committee(facts_of, text):
    """政协房县第十届委员会 is the CPPCC's committee of 房县, not 中共房县委员会 (CPPCC bodies are no organ entries:
    round 23 part b 4)."""
    assert not any(c.startswith("中共") for _, c in organs(facts_of(text, FANGXIAN)))


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("房县委书记出席会议。", "中共房县委员会"),
        ("中共房县委员会召开常委会会议。", "中共房县委员会"),
        ("县政协主席和房县委副书记出席。", "中共房县委员会"),
    ],
)
def test_a_party_committee_named_with_its_area_stays_an_organ(facts_of, text, canonical):
    assert canonical in {c for _, c in organs(facts_of(text, FANGXIAN))}


HANGZHOU = "杭州市人民代表大会常务委员会"


@pytest.mark.parametrize(
    "text",
    [
        # al11, aj31: a plenum's spirit named after the committee's level word
        "围绕贯彻落实市第十三次党代会和市委十三届二次全会精神，确定监督议题。",
        "传达学习党的十九届四中全会精神和省委十一届六次全会精神。",
        # traditional script, two plenums listed
        "認真貫徹落實省委十二屆五次全會和州委十二屆七次全會精神。",
        "深入学习贯彻自治区党委十二届十四次全体会议精神。",
    ],
)
def test_a_party_committee_named_before_its_plenum_is_the_meeting(facts_of, text):
    """省委十一届三次全会 is a plenum, no organ entry (round 32 ruling 1), as a congress's session is."""
    assert not any(c.startswith("中共") for _, c in organs(facts_of(text, HANGZHOU)))


@pytest.mark.parametrize(
    "text",
    ["市委召开十三届二次全会。", "在市委的坚强领导下，常委会依法履职。", "市委常委会研究部署人大工作。"],
)
def test_a_party_committee_acting_stays_an_organ(facts_of, text):
    assert any(c.startswith("中共杭州市委员会") for _, c in organs(facts_of(text, HANGZHOU)))


@pytest.mark.parametrize(
    ("text", "organ", "canonical"),
    [
        # al03, p11: a provincial party committee's general office, beside the government's
        ("党组会议传达了省委办公厅、省政府办公厅关于做好防汛工作的通知。", "湖南省人民代表大会常务委员会", "中共湖南省委员会办公厅"),
        ("拟以省委办公厅、省政府办公厅名义印发。", "广东省人民代表大会常务委员会", "中共广东省委员会办公厅"),
        # al05, m20: a government's press office
        ("1月17日上午，自治区政府新闻办在银川举行新闻发布会。", "宁夏回族自治区人民代表大会", "宁夏回族自治区人民政府新闻办公室"),
        ("2月24日，成都市政府新闻办召开新闻发布会。", "成都市人民代表大会", "成都市人民政府新闻办公室"),
        ("市政府新闻办公室举行发布会。", "成都市人民代表大会", "成都市人民政府新闻办公室"),
    ],
)
def test_an_organs_general_or_press_office_named_after_it_is_an_organ(facts_of, text, organ, canonical):
    """省委办公厅 (a provincial party committee's general office) and 政府新闻办 (a government's press office) are units of
    their organ, as 县委办 and 市政府外事办 were (organ-units.csv, government-offices.csv)."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}


@pytest.mark.parametrize(
    ("organ", "text", "canonical"),
    [
        # ac53, j33, u37: a street's party working committee in its street committee's report
        ("西安市莲湖区人民代表大会常务委员会红庙坡街道工作委员会", "街道党工委书记、人大工委主任刘永峰同志讲话。",
         "中共西安市莲湖区委红庙坡街道工作委员会"),
        ("上海市徐汇区人民代表大会常务委员会斜土街道工作委员会", "作为区人大代表和街道党工委书记双重身份，吴水华代表发言。",
         "中共上海市徐汇区委斜土街道工作委员会"),
        ("郑州市上街区人民代表大会常务委员会工业路街道工作委员会", "会议最后，街道党工委书记马蕾围绕议事代表履职尽责提出要求。",
         "中共郑州市上街区委工业路街道工作委员会"),
    ],
)
def test_a_streets_party_working_committee_is_its_district_committees_body(facts_of, organ, text, canonical):
    """街道党工委 is the district committee's working committee in the street: 中共…区委X街道工作委员会 (round 34 ruling 6)."""
    assert canonical in {c for _, c in organs(facts_of(text, organ))}
