"""Round 49's law readings (brief ent49, the held set ``ay`` classed): regulations a provincial or city report lists by
topic before one shared 条例 (制定了会展业促进、城市地下管线管理、清水海保护条例等; 修订了旅游业监察、道路交通安全等条例),
the national standing committee's interpretation of a law's articles (…关于香港特别行政区基本法第一百零四条的解释), and the
constitution studied, publicised or amended as a text (学习宪法，), none in the formulas of powers (round 49 ruling 13).
Phrasings composed for the test, in both scripts, with near misses that must stay as they are."""
from __future__ import annotations

import pytest
from extract_helpers import law_titles

NPCSC = "全国人民代表大会常务委员会"
KUNMING = "昆明市人民代表大会常务委员会"
NINGXIA = "宁夏回族自治区人民代表大会常务委员会"
COUNTY = "江苏省沭阳县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organ", "laws"), [
    ("六年来，常委会制定了会展业促进、城市地下管线管理、清水海保护条例等地方性法规。", KUNMING,
     {"昆明市会展业促进条例", "昆明市城市地下管线管理条例", "昆明市清水海保护条例"}),
    ("常委会修订了旅游业监察、道路交通安全、城市市容和环境卫生管理等条例。", KUNMING,
     {"昆明市旅游业监察条例", "昆明市道路交通安全条例", "昆明市城市市容和环境卫生管理条例"}),
    ("一年来，通过制定社会救助、开发区高质量发展促进等条例，提供法治支撑。", NINGXIA,
     {"宁夏回族自治区社会救助条例", "宁夏回族自治区开发区高质量发展促进条例"}),
    ("常委會修訂了養犬管理、物業管理等條例。", KUNMING, {"昆明市养犬管理条例", "昆明市物业管理条例"}),
])
def test_topics_listed_before_one_shared_form_are_each_a_regulation(facts_of, text: str, organ: str,
                                                                     laws: set[str]) -> None:
    assert laws <= set(law_titles(facts_of(text, organ)))


@pytest.mark.parametrize(("text", "organ", "absent"), [
    # a county's congress makes no regulation
    ("县人大常委会修订了养犬管理、物业管理等条例。", COUNTY, "沭阳县养犬管理条例"),
    # a plan or an opinion listed before a regulation is no topic of it
    ("常委会制定了立法规划、清水海保护条例等。", KUNMING, "昆明市立法规划条例"),
    ("常委会出台了实施意见、物业管理等条例。", KUNMING, "昆明市实施意见条例"),
    # fields of regulations (方面, 领域) name no regulation; nor do topics of laws or of rules other than 条例
    ("常委会修订了教育、卫生等方面条例。", KUNMING, "昆明市卫生等方面条例"),
    ("常委会修订了教育、卫生等方面条例。", KUNMING, "昆明市卫生条例"),
    ("常委会修订了教育、卫生等法规。", KUNMING, "昆明市教育条例"),
    ("常委会制定了城市管理、环境保护等规定。", KUNMING, "昆明市城市管理规定"),
    # one topic alone before 等 is no list
    ("常委会制定了消防等条例。", KUNMING, "昆明市消防条例"),
])
def test_no_regulation_is_read_from_a_list_of_no_topics(facts_of, text: str, organ: str, absent: str) -> None:
    assert absent not in law_titles(facts_of(text, organ))


BASIC_LAW_104 = "全国人民代表大会常务委员会关于中华人民共和国香港特别行政区基本法第一百零四条的解释"


@pytest.mark.parametrize(("text", "law"), [
    ("法制工作委员会副主任作了关于全国人大常委会关于香港特别行政区基本法第一百零四条的解释草案的说明。", BASIC_LAW_104),
    ("会议表决通过了全国人民代表大会常务委员会关于香港特别行政区基本法第一百零四条的解释。", BASIC_LAW_104),
    ("會議表決通過了全國人大常委會關於香港特別行政區基本法第一百零四條的解釋。", BASIC_LAW_104),
    ("会议表决通过《全国人民代表大会常务委员会关于〈中华人民共和国香港特别行政区维护国家安全法〉第十四条和第四十七条的解释》。",
     "全国人民代表大会常务委员会关于中华人民共和国香港特别行政区维护国家安全法第十四条和第四十七条的解释"),
])
def test_the_standing_committees_interpretation_of_articles_is_a_law(facts_of, text: str, law: str) -> None:
    assert law in law_titles(facts_of(text, NPCSC))


@pytest.mark.parametrize("text", [
    # the Supreme Court's interpretations, and an interpretation of no article, are no legislative interpretation
    "最高人民法院关于审理环境侵权责任纠纷案件适用法律若干问题的解释已经公布。",
    "全国人大常委会关于香港特别行政区基本法的解释工作座谈会召开。",
])
def test_no_interpretation_is_read_without_the_committee_and_an_article(facts_of, text: str) -> None:
    assert not [law for law in law_titles(facts_of(text, NPCSC)) if law.endswith("解释")]


def test_the_interpreted_law_and_the_committee_stay_mentions_of_their_own(facts_of) -> None:
    facts = facts_of("常委会组成人员审议了全国人大常委会关于香港特别行政区基本法第一百零四条的解释草案。", NPCSC)
    assert {BASIC_LAW_104, "中华人民共和国香港特别行政区基本法"} <= set(law_titles(facts))
    assert NPCSC in {organ.canonical for organ in facts.organs}


CONSTITUTION = "中华人民共和国宪法"


@pytest.mark.parametrize("text", [
    "常委会组织学习宪法，增强法治意识。",
    "深入学习宣传宪法。",
    "學習宣傳貫徹憲法，推動憲法實施。",
    "会议审议通过修改宪法，",
    "组织学习宪法、民法典。",
    "会议组织学习《宪法》。",
])
def test_the_constitution_acted_on_as_a_text_is_a_law(facts_of, text: str) -> None:
    assert CONSTITUTION in law_titles(facts_of(text, KUNMING))


@pytest.mark.parametrize("text", [
    "常委会依法行使宪法和法律赋予的职权。",
    "根据宪法，常委会决定召开会议。",
    "向大会报告工作，是宪法的规定。",
    "维护宪法法律权威。",
    "确保宪法全面实施，保证宪法实施。",
    "举行宪法宣誓仪式，开展国家宪法日宣传。",
    "组织学习宪法精神。",
])
def test_the_constitution_in_a_formula_or_another_name_is_none(facts_of, text: str) -> None:
    assert CONSTITUTION not in law_titles(facts_of(text, KUNMING))
