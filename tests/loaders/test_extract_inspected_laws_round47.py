"""Round 47 (issue 10 §2.3): laws the text ties to an inspection across sentences or by its own words. A group shorthand
the text spells out (“一法两条例”即《A》《B》《C》) is those titles, before any topic's guess; the group shortened to 执法组
in the sentence after the inspection is its group; an inspection named with its manner (执法专项检查) ties its clause's laws;
publicity checked as a thing (宣传情况) cites no law; a topic's group counting several laws gives the topic's national law
(round 45 ruling 13: 安全生产“三法一条例两办法” gives 安全生产法). Phrasings composed in the genre's style, both scripts."""
from __future__ import annotations

import pytest

CITY = "宝鸡市人民代表大会常务委员会"


def _inspected(facts) -> set[str]:
    return {law.canonical for law in facts.laws if law.inspected}


@pytest.mark.parametrize(("text", "laws"), [
    ("市人大常委会开展全市水污染防治“一法两条例”执法检查。\n“一法两条例”即《中华人民共和国水污染防治法》和《陕西省渭河流域管理条例》"
     "《陕西省汉江丹江流域水污染防治条例》。",
     {"中华人民共和国水污染防治法", "陕西省渭河流域管理条例", "陕西省汉江丹江流域水污染防治条例"}),
    ("市人大常委會開展全市水污染防治“一法兩條例”執法檢查。“一法兩條例”即《中華人民共和國水污染防治法》和《陝西省渭河流域管理條例》"
     "《陝西省漢江丹江流域水污染防治條例》。",
     {"中华人民共和国水污染防治法", "陕西省渭河流域管理条例", "陕西省汉江丹江流域水污染防治条例"}),
    ("县人大常委会开展“两法一办法”执法检查。“两法一办法”是指《中华人民共和国食品安全法》、《中华人民共和国农产品质量安全法》"
     "和《浙江省食品小作坊小餐饮店小食杂店管理办法》。",
     {"中华人民共和国食品安全法", "中华人民共和国农产品质量安全法", "浙江省食品小作坊小餐饮店小食杂店管理办法"}),
])
def test_a_group_spelt_out_is_the_titles_the_text_lists(facts_of, text: str, laws: set[str]) -> None:
    assert _inspected(facts_of(text, CITY)) == laws


def test_a_group_spelt_out_with_titles_of_other_kinds_is_not_read_as_them(facts_of) -> None:
    text = "市人大常委会开展大气污染防治“一法一条例”执法检查。“一法一条例”包括《陕西省大气污染防治条例》《宝鸡市扬尘污染防治条例》。"
    assert "宝鸡市扬尘污染防治条例" not in _inspected(facts_of(text, CITY))  # two 条例 for “一法一条例”: not its spelling out


@pytest.mark.parametrize("text", [
    "近日，由县人大牵头组织县、乡两级人大代表，对各乡镇进行了深入细致的执法检查。执法组实地走访了学校、村委会，"
    "通过查阅资料的方式对《中华人民共和国未成年人保护法》知晓率进行检查。",
    "近日，縣人大常委會組織代表對各鄉鎮進行了執法檢查。執法組實地走訪了學校，對“三法”宣傳情況及《中华人民共和国未成年人保护法》知曉率檢查。",
])
def test_the_group_shortened_in_the_next_sentence_takes_the_inspection(facts_of, text: str) -> None:
    assert _inspected(facts_of(text, CITY)) == {"中华人民共和国未成年人保护法"}


@pytest.mark.parametrize("text", [
    "区人大常委会副主任带队到各镇开展贯彻落实《动物防疫法》执法专项检查。",
    "區人大常委會副主任帶隊到各鎮開展貫徹落實《動物防疫法》執法專項檢查。",
    "县人大常委会组织开展《动物防疫法》执法集中检查。",
])
def test_an_inspection_named_with_its_manner_inspects_its_clause_s_laws(facts_of, text: str) -> None:
    assert _inspected(facts_of(text, CITY)) == {"中华人民共和国动物防疫法"}


@pytest.mark.parametrize("text", [
    "县人大常委会开展执法检查。检查组组织学习宣传《中华人民共和国动物防疫法》。",  # publicised: cited
    "区农业农村局开展《动物防疫法》执法专项检查。",  # an agency's own check
    "市市场监管局开展《食品安全法》执法专项检查。",
])
def test_laws_publicised_or_checked_by_an_agency_are_not_inspected(facts_of, text: str) -> None:
    assert _inspected(facts_of(text, CITY)) == set()
    assert facts_of(text, CITY).laws


@pytest.mark.parametrize("text", [
    "市人大常委会开展安全生产“三法一条例两办法”执法检查。",
    "市人大常委會開展安全生產“三法一條例兩辦法”執法檢查。",
    "县人大常委会对安全生产“两法一条例”贯彻实施情况开展执法检查。",
])
def test_a_topic_s_group_counting_several_laws_gives_its_national_law(facts_of, text: str) -> None:
    assert "中华人民共和国安全生产法" in _inspected(facts_of(text, CITY))


@pytest.mark.parametrize(("text", "laws"), [  # bare titles listed, the list closed by its kind before the inspection
    ("市人大常委会对院前医疗急救服务条例、中轴线文化遗产保护条例等地方性法规的实施情况开展检查。",
     {"北京市院前医疗急救服务条例", "北京市中轴线文化遗产保护条例"}),
    ("市人大常委會對院前醫療急救服務條例、單用途預付卡管理條例等法規開展執法檢查。",
     {"北京市院前医疗急救服务条例", "北京市单用途预付卡管理条例"}),
])
def test_bare_titles_listed_before_their_kind_are_inspected(facts_of, text: str, laws: set[str]) -> None:
    assert _inspected(facts_of(text, "北京市人民代表大会常务委员会")) == laws


@pytest.mark.parametrize("text", [  # a draft's reading listed beside an inspection: its measure is read, not inspected
    "接下来要在信息化监督工作、民办教育促进法实施办法一审以及大运河保护执法检查等工作中统筹谋划。",
    "今年将做好民办教育促进法实施办法二审和食品安全执法检查等工作。",
])
def test_a_reading_listed_beside_an_inspection_is_not_an_inspection_of_its_law(facts_of, text: str) -> None:
    assert "中华人民共和国民办教育促进法" not in _inspected(facts_of(text, "北京市人民代表大会常务委员会"))


@pytest.mark.parametrize("text", [
    "省人大常委会来威检查固体废物污染防治法实施情况。",
    "省人大常委會來威檢查固體廢物污染防治法實施情況。",
])
def test_a_customary_short_name_is_its_catalog_law(facts_of, text: str) -> None:
    assert _inspected(facts_of(text, "威海市人民代表大会常务委员会")) == {"中华人民共和国固体废物污染环境防治法"}
