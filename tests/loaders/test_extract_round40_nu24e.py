"""A first-time analyst's extraction findings of round 40 (newuser24), each a class.

- §3: a special inquiry told as an event opening (…为切入点的首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕) is an
  inquiry, not a means named (not-activities.csv's 以…为切入点 row) nor an appraisal of the organs after 评议会
  (activity-triggers.csv's 评议 row), conducted by the congress body whose members ask (loaders/extract/conductors.py
  ``askers``); its evidence is the sentence telling the event, a later one telling its form being the same event.
- §4: an inspection report a special committee's officer presented is the standing committee's inspection
  (loaders/extract/leaders.py ``officer_after``); a review opinion's own text states its ``finding`` and
  ``review_opinion`` (loop-steps.csv rows, loaders/extract/loop.py ``_MEMBERS``).
- §7, §8: a news item's title is its lead's first sentence past a byline in brackets of any wording and the day it
  opens with, not a short line under the lead (loaders/build/report.py ``_DATELINE``, ``_OPENING_DATE``, ``_lead``);
  the sites of a list the work went to each open with their place, all its places (loaders/extract/places.py ``_SITE``).
- §10: a headerless page of a congress speaking of itself by its level word (市人大常委会…赴仙居县…) is its level's report,
  its area the one of that level holding the place of the work (loaders/extract/jurisdiction.py ``_spoken_level``), its
  organ that body placed there (``spoken_congress``, read by loaders/extract/context.py ``Context.metadata``).
- §17: a sentence told again word for word right after itself, or with its neighbour repeated too, is one telling: no
  activity, organ mention, statistic or deputy of it again (loaders/extract/context.py ``Context.repeats``).

Sentences are written for this test in the genre's style, simplified and traditional.
"""
from __future__ import annotations

import pytest
from rdflib import DCTERMS

from loaders.build import build
from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts
from tests.loaders.extract_helpers import kinds

SHIQUAN = "石泉县人民代表大会常务委员会"
ANKANG = "安康市人民代表大会常务委员会"


def _facts(text: str, organ: str | None) -> Facts:
    return extract(Document(text=text, source="test", metadata={"organ": organ} if organ else {}))


@pytest.mark.parametrize("opening", [
    "近日，石泉县以“依法治县促发展惠民生”为切入点的首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕。",
    "3月12日，石泉县以优化营商环境为突破口的专题询问会在县人大常委会组成人员的提问中开场。",
    "石泉县以民生实事为抓手的专题询问会，在县人大常委会部分组成人员和人大代表的询问下举行。",
    "近日，石泉縣以“依法治縣”為切入點的首場專題詢問評議會在縣人大常委會委員的提問下拉開了帷幕。",
])
@pytest.mark.parametrize("organ", [None, ANKANG])
def test_an_inquiry_opening_is_the_asking_body_s(opening: str, organ: str | None) -> None:
    text = opening + "专题询问会以一问一答的形式进行，县政府及15个部门负责人到会回答询问。"
    facts = _facts(text, organ)
    assert kinds(facts) == ["special_inquiry"]
    inquiry = facts.activities[0]
    assert inquiry.evidence in opening and "专题询问会以一问一答" not in inquiry.evidence
    assert (inquiry.conducted_by or facts.report.get("organ")) == SHIQUAN  # headerless: the county's own page


@pytest.mark.parametrize("text", [
    "石泉县以“依法治县”为切入点的专题询问会在县人大常委会委员的提问下拉开了帷幕。",
    "县人大常委会以食品安全为切入点的专题询问会在常委会组成人员的提问下举行。",
])
def test_the_report_s_own_inquiry_names_no_conductor(text: str) -> None:
    facts = _facts(text, SHIQUAN)
    assert kinds(facts) == ["special_inquiry"]
    assert facts.activities[0].conducted_by is None


@pytest.mark.parametrize("text", [
    # near-misses: the kind named as the lever stays no event; a meeting appraising bodies it names stays an appraisal
    "县人大常委会以专题询问为切入点，推动民生实事落实。",
    "县人大常委会以执法检查为抓手的监督工作取得实效。",
])
def test_a_kind_named_as_the_means_is_no_inquiry(text: str) -> None:
    assert kinds(_facts(text, SHIQUAN)) == []


def test_an_appraisal_of_named_bodies_stays() -> None:
    facts = _facts("县人大常委会组织代表评议县教体局工作。", SHIQUAN)
    assert kinds(facts) == ["other"]


ANHUI = "安徽省人民代表大会常务委员会"
FIRE = "中华人民共和国消防法"


@pytest.mark.parametrize("heard", [
    "省人大常委会会议听取和审议了省人大监察和司法委员会副主任委员蒋厚琳所作的《关于检查〈中华人民共和国消防法〉实施情况的报告》。",
    "省人大常委会会议听取了省人大社会建设委员会主任委员王某某作的关于检查《中华人民共和国消防法》实施情况的报告。",
    "会议听取和审议了省人大常委会党组成员、省人大财政经济委员会主任委员李某所作的关于检查《中华人民共和国消防法》实施情况的报告。",
    "省人大常委會會議聽取和審議了省人大監察和司法委員會副主任委員蔣某所作的《關於檢查〈中華人民共和國消防法〉實施情況的報告》。",
])
def test_an_inspection_report_an_officer_presented_is_the_standing_committee_s(heard: str) -> None:
    facts = _facts(heard, ANHUI)
    inspections = [a for a in facts.activities if a.type == "law_enforcement_inspection"]
    assert inspections and all(a.conducted_by is None and a.laws == [FIRE] for a in inspections)
    assert any(a.type == "report_review" for a in facts.activities)


@pytest.mark.parametrize(("heard", "maker"), [
    # near-misses: a committee named as the report's maker made it (and did the work); a chair's research report is
    # the committee's own study
    ("省人大常委会会议听取了省人大社会建设委员会关于检查《中华人民共和国消防法》实施情况的报告。",
     "安徽省人民代表大会社会建设委员会"),
    ("会议听取和审议了省人大监察和司法委员会主任委员甘某所作的关于全省未成年人检察工作情况的调研报告。",
     "安徽省人民代表大会监察和司法委员会"),
])
def test_a_committee_making_the_report_conducts_its_work(heard: str, maker: str) -> None:
    facts = _facts(heard, ANHUI)
    work = [a for a in facts.activities if a.type in ("law_enforcement_inspection", "investigation")]
    assert work and all(a.conducted_by == maker for a in work)


OPENING = "省人大常委会会议听取和审议了省人大常委会执法检查组所作的关于检查《中华人民共和国消防法》实施情况的报告。"


@pytest.mark.parametrize(("opinion", "finding", "suggestion"), [
    ("常委会组成人员认为，近年来全省消防工作取得新进展。常委会组成人员指出，当前我省消防工作仍然存在基层消防治理问题突出、"
     "消防队伍力量建设滞后等问题。针对上述问题，常委会组成人员提出如下建议：一是进一步加强基层消防治理。",
     "常委会组成人员指出，当前我省消防工作仍然存在基层消防治理问题突出、消防队伍力量建设滞后等问题", "常委会组成人员提出如下建议"),
    ("\n常委会组成人员认为，法律实施取得一定成效，但仍面临基层力量薄弱等问题和困难。\n为进一步推进法律实施，委员们提出以下意见。\n一、加强宣传。",
     "常委会组成人员认为，法律实施取得一定成效，但仍面临基层力量薄弱等问题和困难", "委员们提出以下意见"),
    ("\n常委會組成人員指出，當前仍然存在消防設施欠賬較多的問題。\n常委會組成人員提出如下審議意見：",
     "常委會組成人員指出，當前仍然存在消防設施欠賬較多的問題", "常委會組成人員提出如下審議意見"),
])
def test_a_review_opinion_s_text_gives_its_finding_and_opinion(opinion: str, finding: str, suggestion: str) -> None:
    facts = _facts(OPENING + opinion, ANHUI)
    review = next(i for i, a in enumerate(facts.activities) if a.type == "report_review")
    steps = {(step.type, step.evidence): step.activities for step in facts.loop}
    assert steps.get(("finding", finding)) == [review]
    assert steps.get(("review_opinion", suggestion)) == [review]
    assert all(step.laws == [FIRE] for step in facts.loop)


@pytest.mark.parametrize("text", [
    # near-misses: a report appraised for analysing its problems; a speaker's remark; members' praise
    OPENING + "常委会组成人员认为，报告客观分析了存在的问题。",
    OPENING + "常委会组成人员认为，全省消防工作取得了新的重大进展。",
    OPENING + "\n主任指出，要加强消防工作。",
])
def test_no_finding_without_problems_found(text: str) -> None:
    assert [step.type for step in _facts(text, ANHUI).loop] == []


def _title(text: str, metadata: dict[str, str] | None = None) -> str:
    doc = Document(text=text, source="r.txt", metadata=metadata or {})
    report = build(doc, extract(doc))
    return str(report.graph.value(report.iri, DCTERMS.title))


@pytest.mark.parametrize(("text", "title"), [
    # a dated lead, then a short line of the body
    ("6月17日至19日,省人大常委会委员黄某带队来漳开展《中华人民共和国水土保持法》执法检查。检查组由部分委员组成。\n"
     "检查组一行先后来到云霄县。\n检查组对我市水土保持工作给予充分肯定,并强调\n要提高政治站位。\n",
     "省人大常委会委员黄某带队来漳开展《中华人民共和国水土保持法》执法检查。"),
    ("10月20日至22日，省人大常委会副主任率执法检查组前往黔南州检查。\n执法检查组在龙里县检查村卫生室建设情况\n",
     "省人大常委会副主任率执法检查组前往黔南州检查。"),
    ("6月17日至19日,省人大常委會委員黃某帶隊來漳開展執法檢查。\n檢查組對我市工作給予充分肯定,并強調\n",
     "省人大常委會委員黃某帶隊來漳開展執法檢查。"),
    # a byline in brackets of any wording, after a dateline or opening the text, and the day named relative to the paper's
    ("本报讯(首席记者赵某)昨日下午3时,省人大常委会举行第二次全体会议。\n", "省人大常委会举行第二次全体会议。"),
    ("(记者 王某 通讯员 李某)5月6日，市人大常委会开展执法检查。\n", "市人大常委会开展执法检查。"),
    ("本报讯(史某 汪某 亚某)近日,县人大常委会召开专题询问会。\n", "县人大常委会召开专题询问会。"),
    ("(全媒体记者 周某 通讯员 叶某)今天上午,市人大常委会召开主任会议。\n", "市人大常委会召开主任会议。"),
    ("22日,市人大常委会第七次会议闭幕。\n", "市人大常委会第七次会议闭幕。"),
])
def test_a_news_item_s_title_is_its_lead_past_its_byline_and_day(text: str, title: str) -> None:
    assert _title(text) == title


@pytest.mark.parametrize(("text", "title"), [
    # near-misses: a title above the lead stays; a lead whose first words are no date keeps the short line above it
    ("市人大常委会开展执法检查\n6月17日,市人大常委会开展执法检查。\n", "市人大常委会开展执法检查"),
    ("据新华社报道,市人大常委会开展执法检查。\n", "据新华社报道,市人大常委会开展执法检查。"),
])
def test_a_title_above_the_lead_stays(text: str, title: str) -> None:
    assert _title(text) == title


FUJIAN = "福建省人民代表大会常务委员会"


@pytest.mark.parametrize(("text", "places"), [
    ("检查组先后来到云霄县和平乡莆顶溪小流域国家水土保持重点建设工程项目、下河乡车圩溪小流域综合治理项目、东厦镇荷东村"
     "水土保持生态村项目,诏安县金溪小流域等地,实地检查水土保持工程建设情况。",
     ["和平乡", "下河乡", "东厦镇", "诏安县"]),
    ("檢查組一行先后來到云霄縣和平鄉莆頂溪小流域項目、下河鄉車圩溪小流域項目、東廈鎮荷東村生態村項目,詔安縣金溪小流域等地,"
     "實地檢查水土保持工程建設情況。",
     ["和平乡", "下河乡", "东厦镇", "诏安县"]),
    ("执法检查组先后到云霄县和平乡莆顶村、东厦镇荷东村，检查了小流域治理情况。", ["和平乡", "东厦镇"]),
])
def test_every_place_of_a_list_of_sites_is_a_place(text: str, places: list[str]) -> None:
    facts = _facts("省人大常委会对《中华人民共和国水土保持法》开展执法检查。" + text, FUJIAN)
    assert [place["name"] for place in facts.activities[0].places] == places


@pytest.mark.parametrize("text", [
    # near-misses: work done at the place before the next one (its own verb), an organ after the mark
    "执法检查组到云霄县开展检查，诏安县人大常委会主任陪同。",
    "执法检查组到云霄县检查小流域治理，漳州市水利局负责人陪同。",
])
def test_a_place_after_the_work_done_at_the_first_is_none(text: str) -> None:
    facts = _facts("省人大常委会对《中华人民共和国水土保持法》开展执法检查。" + text, FUJIAN)
    assert [place["name"] for place in facts.activities[0].places] == ["云霄县"]


@pytest.mark.parametrize(("text", "area", "code"), [
    ("市人大常委会开展水土保持执法检查\n9月11日,市人大常委会副主任周某带领执法检查组,赴仙居县开展《中华人民共和国水土保持法》"
     "贯彻实施情况执法检查。\n信息来源:市农村水利和水保中心\n", "台州市", "331000"),
    ("省人大常委会执法检查组赴洪湖市检查《湿地保护法》实施情况。", "湖北省", "420000"),
    ("市人大常委会组织部分代表深入团风县视察重点项目建设情况。", "黄冈市", "421100"),
    ("市人大常委會執法檢查組赴仙居縣開展《中華人民共和國水土保持法》執法檢查。", "台州市", "331000"),
])
def test_a_headerless_page_of_a_body_working_in_a_place_below_it_is_its_level_s(text: str, area: str, code: str) -> None:
    facts = _facts(text, None)
    assert (facts.report.get("jurisdiction"), facts.report.get("division_code")) == (area, code)
    assert facts.report.get("organ") == area + "人民代表大会常务委员会"  # the body it speaks of, placed there
    assert all(act.conducted_by is None for act in facts.activities)  # its own work


@pytest.mark.parametrize(("text", "organ", "area"), [
    # near-misses: a visitor come to the place is its host's news; a body of the place's own level; a header's organ
    ("市人大常委会执法检查组来仙居县开展《中华人民共和国水土保持法》执法检查。", None, "仙居县"),
    ("县人大常委会执法检查组深入仙居县各乡镇开展执法检查。", None, "仙居县"),
    ("市人大常委会执法检查组赴仙居县开展执法检查。", "仙居县人大常委会", "仙居县"),
])
def test_a_host_s_or_a_header_s_area_stays(text: str, organ: str | None, area: str) -> None:
    assert _facts(text, organ).report.get("jurisdiction") == area


HUANGGANG = "黄冈市人民代表大会常务委员会"
HEARD = "一年来，常委会认真履行职责，听取和审议了市政府关于生态环境保护工作情况的报告。"


@pytest.mark.parametrize("text", [
    "2023年，市人大常委会对《中华人民共和国森林法》实施情况开展执法检查。\n" + HEARD * 500 + "\n",
    "2023年，市人大常委会对《中华人民共和国森林法》实施情况开展执法检查。\n" + (HEARD + "\n") * 3 + HEARD,
    # a page's lead summary (导读) repeating the item's first sentences
    "导读：2023年，市人大常委会对《中华人民共和国森林法》实施情况开展执法检查。" + HEARD + "\n"
    "2023年，市人大常委会对《中华人民共和国森林法》实施情况开展执法检查。" + HEARD + "会议要求，抓好整改落实。\n",
    "2023年，市人大常委會對《中華人民共和國森林法》實施情況開展執法檢查。\n" + "一年來，常委會聽取和審議了市政府關於生態環境保護工作情況的報告。" * 50,
])
def test_a_sentence_told_again_word_for_word_is_one_telling(text: str) -> None:
    facts = _facts(text, HUANGGANG)
    assert kinds(facts) == ["law_enforcement_inspection", "report_review"]
    assert len(facts.organs) <= 4


def test_a_statistic_told_again_is_one() -> None:
    facts = _facts("2023年，市人大常委会共召开常委会会议8次，听取专项工作报告12个。" * 3, HUANGGANG)
    assert sorted(s.value for s in facts.statistics) == [8, 12]


@pytest.mark.parametrize("text", [
    # near-misses: the same words after other sentences are another statement (two towns' sessions), in another
    # paragraph or in the same one
    "洋青镇召开第十八届人民代表大会第一次会议。会议听取和审议了政府工作报告和人大工作报告。过去五年，洋青镇发展迅速。\n"
    "北坡镇召开第十八届人民代表大会第一次会议。会议听取和审议了政府工作报告和人大工作报告。今后五年，北坡镇将继续奋斗。\n",
    "9月22日，洋青镇召开第十八届人民代表大会第一次会议。会议听取和审议了政府工作报告和人大工作报告。"
    "9月23日，北坡镇召开第十八届人民代表大会第一次会议。会议听取和审议了政府工作报告和人大工作报告。",
])
def test_the_same_words_after_other_sentences_are_another_telling(text: str) -> None:
    facts = _facts(text, "遂溪县洋青镇、北坡镇人民代表大会")
    assert kinds(facts).count("report_review") >= 4
