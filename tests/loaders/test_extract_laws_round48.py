"""Round 48's law readings (brief law48): a bare regulation a provincial or city congress reviews or argues for in running
text (审议精神卫生条例, 论证…条例), a title of a congress's own rules written without the congress (我省立法条例 after
《湖北省人民代表大会及其常务委员会立法条例》), and the decisions that only time a session (推迟召开…会议的决定). Phrasings
composed for the test, in both scripts where the pages use both, with near misses that must stay as they are."""
from __future__ import annotations

import pytest
from extract_helpers import NATIONAL, law_titles

LIAONING = "辽宁省人民代表大会常务委员会"
HUBEI = "湖北省人民代表大会常务委员会"
SHENZHEN = "深圳市人民代表大会常务委员会"
COUNTY = "江苏省沭阳县人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "organ", "law"), [
    ("今年常委会将审议精神卫生条例，做好立法调研。", LIAONING, "辽宁省精神卫生条例"),
    ("常委会审议通过了家政服务条例，推动条例实施。", LIAONING, "辽宁省家政服务条例"),
    ("常委會審議養老服務條例，聽取意見。", LIAONING, "辽宁省养老服务条例"),
    ("全年论证数据条例、审议生态环境保护条例。", SHENZHEN, "深圳市数据条例"),
])
def test_a_regulation_reviewed_in_running_text_is_the_congresss(facts_of, text: str, organ: str, law: str) -> None:
    assert law in law_titles(facts_of(text, organ))


@pytest.mark.parametrize(("text", "organ", "absent"), [
    # a county's congress makes no regulation; a count of regulations names none; the act of review is no title's word
    ("县人大常委会审议养犬管理条例，提出意见。", COUNTY, "沭阳县养犬管理条例"),
    ("县人大常委会审议养犬管理条例，提出意见。", COUNTY, "江苏省养犬管理条例"),
    ("常委会审议多个条例，推进立法。", LIAONING, "辽宁省多个条例"),
    ("常委会通过相关条例，推进立法。", LIAONING, "辽宁省相关条例"),
])
def test_no_regulation_is_read_where_no_congress_makes_one(facts_of, text: str, organ: str, absent: str) -> None:
    assert absent not in law_titles(facts_of(text, organ))


@pytest.mark.parametrize(("text", "organ", "law", "short"), [
    ("会议表决通过《湖北省人民代表大会常务委员会关于修改〈湖北省人民代表大会及其常务委员会立法条例〉的决定》。"
     "会议强调，修改我省立法条例意义重大。", HUBEI, "湖北省人民代表大会及其常务委员会立法条例", "湖北省立法条例"),
    ("常委会审议《辽宁省各级人民代表大会常务委员会规范性文件备案审查条例》修订草案。"
     "会议认为，修订省规范性文件备案审查条例十分必要。", LIAONING,
     "辽宁省各级人民代表大会常务委员会规范性文件备案审查条例", "辽宁省规范性文件备案审查条例"),
    ("會議表決通過《湖北省人民代表大會常務委員會議事規則》修正案。會議強調，修改《湖北省議事規則》要……", HUBEI,
     "湖北省人民代表大会常务委员会议事规则", "湖北省议事规则"),
])
def test_a_rule_written_without_its_congress_is_the_title_named_before(facts_of, text: str, organ: str, law: str,
                                                                       short: str) -> None:
    found = law_titles(facts_of(text, organ))
    assert law in found and short not in found


def test_two_titles_it_may_shorten_leave_it_as_written(facts_of) -> None:
    text = ("会议通过《湖北省人民代表大会及其常务委员会立法条例》和《湖北省各级人民代表大会常务委员会立法条例》。"
            "会议强调，修改我省立法条例意义重大。")
    assert "湖北省立法条例" in law_titles(facts_of(text, HUBEI))


@pytest.mark.parametrize("text", [
    "全国人大常委会作出《关于推迟召开第十三届全国人民代表大会第三次会议的决定》。",
    "全國人大常委會作出《關于第十三屆全國人民代表大會第三次會議召開時間的決定》。",
    "省人大常委会通过《关于召开省第十四届人民代表大会第二次会议的决定》。",
])
def test_a_decision_timing_a_session_is_no_law(facts_of, text: str) -> None:
    assert not {t for t in law_titles(facts_of(text, NATIONAL)) if "会议" in t}


def test_a_decision_on_a_sessions_rules_stays_a_law(facts_of) -> None:
    text = "全国人大常委会通过《关于第十四届全国人民代表大会代表名额和选举问题的决定》。"
    assert any(t.endswith("代表名额和选举问题的决定") for t in law_titles(facts_of(text, NATIONAL)))


@pytest.mark.parametrize(("text", "law"), [
    ("常委会制定科技创新条例、\n知识产权保护条例，推动创新。", "辽宁省知识产权保护条例"),
    ("开展水法和\n防洪法执法检查。", "中华人民共和国防洪法"),
    ("常委會制定科技創新條例、\n知識產權保護條例。", "辽宁省知识产权保护条例"),
])
def test_a_list_goes_on_past_a_line_break_after_its_mark(facts_of, text: str, law: str) -> None:
    """A PDF's text layer breaks the line right after a list mark (af15)."""
    assert law in law_titles(facts_of(text, LIAONING))


def test_a_line_break_ends_a_list_without_its_mark(facts_of) -> None:
    text = "常委会制定科技创新条例\n知识产权保护工作取得成效。"
    assert not {t for t in law_titles(facts_of(text, LIAONING)) if "知识产权" in t}


@pytest.mark.parametrize("text", [
    "会议表决通过了关于批准全市国土空间总体规划的决议,关于支持检察机关依法开展公益诉讼工作的决定,关于接受某某辞去职务请求的决定。",
    "會議表決通過了關于批准2019年市本級預算調整方案的決議,關于支持檢察機關依法開展公益訴訟工作的決定。",
])
def test_a_decision_listed_after_a_resolution_is_adopted(facts_of, text: str) -> None:
    """A session's list of what it adopted may hold resolutions before the decision (ag31)."""
    found = law_titles(facts_of(text, "福建省龙岩市人民代表大会常务委员会"))
    assert any(t.endswith("关于支持检察机关依法开展公益诉讼工作的决定") for t in found)
    assert not any("辞去" in t for t in found)


def test_a_decision_after_a_resolution_outside_an_adopted_list_is_not_read(facts_of) -> None:
    text = "常委会认真落实关于加强监督工作的决议,关于支持检察机关依法开展公益诉讼工作的决定正在起草。"
    found = law_titles(facts_of(text, "福建省龙岩市人民代表大会常务委员会"))
    assert not any(t.endswith("公益诉讼工作的决定") for t in found)


@pytest.mark.parametrize(("text", "law"), [
    ("听取关于中华人民共和国民法总则草案的说明。", "中华人民共和国民法总则"),
    ("审议中华人民共和国物权法草案。", "中华人民共和国物权法"),
    ("組織學習中華人民共和國水法。", "中华人民共和国水法"),
    ("检查中华人民共和国水法落实情况。", "中华人民共和国水法"),
])
def test_a_short_title_after_the_states_name_is_the_law(facts_of, text: str, law: str) -> None:
    """The state's name opens a short catalog title written bare, whatever stands before it (s01)."""
    assert law in law_titles(facts_of(text, NATIONAL))


@pytest.mark.parametrize("text", ["庆祝中华人民共和国成立七十周年，中华人民共和国国旗飘扬。",
                                  "专项工作评议是中华人民共和国宪法与法律赋予的重要职权。"])
def test_the_states_name_before_other_words_or_the_constitution_in_general_names_no_law(facts_of, text: str) -> None:
    """The constitution named in general is no mention, its state's name before it or not (round 28; aa51)."""
    assert not law_titles(facts_of(text, NATIONAL))
