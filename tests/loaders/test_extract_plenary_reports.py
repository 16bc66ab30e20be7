"""A congress plenary's work reports, as session news tells them (issue 10, round 17): subtitles under the
headline that hear a report or have it delivered, officials each delivering their body's report (分别作),
a person named alone delivering one, and the plenary approving reports without a resolution (大会批准). Sentences
paraphrase public session news (simplified and traditional), with near misses that must not match."""
from __future__ import annotations

import pytest

from tests.loaders.extract_helpers import kinds

CITY = "宁波市人民代表大会"


@pytest.mark.parametrize("text, reviews", [
    # twgreatdaily.com (宁波市十六届人大四次会议, subtitles under the headline) paraphrased
    ("市十六届人大四次会议举行第二次全体会议\n\n张平作市人大常委会工作报告\n\n听取市中级人民法院工作报告、市人民检察院工作报告\n", 3),
    ("市十五屆人大三次會議開幕\n\n李明作政府工作報告\n\n1月5日上午，會議開幕。", 1),
    ("县十八届人大二次会议隆重开幕\n\n听取和审议县人民政府工作报告\n\n大会应到代表200名。", 1),
])
def test_a_subtitle_hearing_or_delivering_a_report_states_it(facts_of, text: str, reviews: int) -> None:
    """A news item's subtitle that hears a work report or has it delivered is a statement, not a title."""
    assert kinds(facts_of(text, CITY)) == ["report_review"] * reviews


@pytest.mark.parametrize("text", [
    # the opening line is the item's title; its body tells what it heads
    "县人大常委会首次听取备案审查工作情况报告\n\n9月23日，县人大常委会会议听取和审议了县人大法制委员会关于备案审查工作情况的报告。",
    # a title naming its report: 关于 before the verb, or a committee named 备案审查工作委员会
    "市人大常委会工作简报\n\n关于提请审议市人民政府关于城市管理工作情况的报告\n\n会议听取了市人民政府关于城市管理工作情况的报告。",
    "市人大常委会第十六次会议材料\n\n市人大常委会备案审查工作委员会关于2024年备案审查工作情况的报告\n\n过去一年，常委会听取和审议了备案审查工作情况的报告。",
])
def test_a_title_naming_its_report_states_nothing_of_its_own(facts_of, text: str) -> None:
    assert len(kinds(facts_of(text, "某某市人民代表大会常务委员会"))) == 1


@pytest.mark.parametrize("text", [
    # 深圳市七届人大二次会议 news (院长…,检察长…分别作市中级人民法院、市人民检察院工作报告) paraphrased
    "会议举行。市中级人民法院院长张三,市人民检察院检察长李四分别作市中级人民法院、市人民检察院工作报告。",
    "會議舉行。院長張三、檢察長李四分別作了市中級人民法院、市人民檢察院的工作報告。",
])
def test_officials_each_delivering_their_bodys_report_are_two_reviews(facts_of, text: str) -> None:
    facts = facts_of(text, CITY)
    assert kinds(facts) == ["report_review", "report_review"]
    assert [a.subject for a in facts.activities] == ["市中级人民法院", "市人民检察院"]


@pytest.mark.parametrize("text, reviews", [
    ("会议举行，李强作政府工作报告。", 1),
    ("会议举行，同时作了关于工作报告的说明。", 0),  # no person: an adverb before 作
    ("深汕合作区管委会工作报告已印发。", 0),  # 合作 is a word, no delivery
])
def test_a_person_named_alone_delivering_a_work_report(facts_of, text: str, reviews: int) -> None:
    assert kinds(facts_of(text, CITY)) == ["report_review"] * reviews


@pytest.mark.parametrize("text, reviews", [
    # 十三届全国人大四次会议 news (大会批准政府工作报告、…、全国人大常委会工作报告等) paraphrased
    ("大会批准了政府工作报告和全国人大常委会工作报告。", 2),
    ("大會批准政府工作報告。", 1),
    ("经国务院批准的工作报告已印发。", 0),  # approved by the State Council: no plenary
])
def test_a_plenary_approving_reports_reviews_them(facts_of, text: str, reviews: int) -> None:
    assert kinds(facts_of(text, "全国人民代表大会")) == ["report_review"] * reviews


@pytest.mark.parametrize("text", [
    "会议听取市中级人民法院、市人民检察院工作报告。",
    "會議舉行。院長張三、檢察長李四分別作了市中級人民法院、市人民檢察院的工作報告。",
    "会议审议市中级人民法院和市人民检察院工作报告。",
])
def test_each_of_several_bodies_reports_oversees_its_own_body(facts_of, text: str) -> None:
    """One review per body's report, each overseeing the body that made it, not both (a new user's organ network)."""
    assert [a.overseen for a in facts_of(text, CITY).activities] == [["宁波市中级人民法院"], ["宁波市人民检察院"]]


def test_a_report_two_bodies_made_together_oversees_both(facts_of) -> None:
    """One report two departments made jointly (关于防汛工作情况的报告) keeps both as its overseen organs."""
    facts = facts_of("会议听取了市交通局和市水利局关于防汛工作情况的联合报告。", CITY)
    assert any(len(a.overseen) == 2 for a in facts.activities)


@pytest.mark.parametrize(("text", "expected"), [
    # a year's review whose highlights stand under its title (a new user's 绵阳 report, round 17; paraphrased)
    ("依法履职担当作为\n——市人大常委会2022年工作综述\n视察市级民生实事项目推进实施情况\n开展《中华人民共和国道路交通安全法》执法检查\n"
     "2022年，市人大常委会开展执法检查3次。",
     [("site_visit", []), ("law_enforcement_inspection", ["中华人民共和国道路交通安全法"]),
      ("law_enforcement_inspection", [])]),
    # a subtitle the body tells again is one activity (a national session's news, paraphrased)
    ("常委会第十一次会议举行第二次全体会议\n听取2018年中央决算报告\n财政部部长刘昆作了关于2018年中央决算的报告。",
     [("budget_review", [])]),
])
def test_a_subtitle_opening_with_the_work_done_states_it_once(facts_of, text: str, expected) -> None:
    found = facts_of(text, "某某市人民代表大会常务委员会").activities
    assert [(a.type, a.laws) for a in found] == expected
