"""A first-time analyst's extraction findings, round 41 (newuser25): each a class, tested on sentences written for
this file in the genre's style (simplified and traditional), none copied from the analyst's reports or dev files.
"""
from __future__ import annotations

import pytest

from loaders.build.report import _first_line
from loaders.document import Document
from loaders.extract import extract
from loaders.facts import Facts

COUNTY = "湘潭县人民代表大会常务委员会"


def _facts(text: str, year: str = "2023") -> Facts:
    """The facts of ``text`` written by a county's standing committee in ``year``."""
    return extract(Document(text=text, source="test.txt", metadata={"organ": COUNTY, "level": "county", "year": year}))


# §9: a summary naming two laws, then one sentence per inspection, each with its own leader, law and places or bodies
@pytest.mark.parametrize(("text", "expected"), [
    ("6月10日至20日，县人大常委会先后开展了《中华人民共和国食品安全法》、《湖南省农药管理条例》执法检查。12日至14日，"
     "县人大常委会副主任李明率组深入到易俗河镇、花石镇等乡镇，检查《湖南省农药管理条例》的宣传贯彻、农药经营监管等情况。"
     "16日至20日，县人大常委会副主任王强率执法检查组先后来到县市场监督管理局,县卫生健康局，检查《食品安全法》贯彻执行情况。",
     [("湖南省农药管理条例", "李明", {"易俗河镇", "花石镇"}, set()),
      ("中华人民共和国食品安全法", "王强", set(), {"湘潭县市场监督管理局", "湘潭县卫生健康局"})]),
    ("今年，县人大常委会组织开展了《中华人民共和国道路交通安全法》和《中华人民共和国消防法》执法检查。5月，县人大常委会"
     "主任张华率执法检查组前往县公安局、县交通运输局，检查《道路交通安全法》实施情况。9月，县人大常委会副主任刘伟带领"
     "检查组来到县消防救援大队，检查《消防法》贯彻执行情况。",
     [("中华人民共和国道路交通安全法", "张华", set(), {"湘潭县公安局", "湘潭县交通运输局"}),
      ("中华人民共和国消防法", "刘伟", set(), {"湘潭县消防救援大队"})]),
    ("縣人大常委會先後開展了《中華人民共和國人民警察法》、《江西省動物防疫條例》執法檢查。縣人大常委會副主任趙一率組"
     "深入到易俗河鎮，檢查《江西省動物防疫條例》的宣傳貫徹情況。縣人大常委會副主任錢二率執法檢查組先後來到縣人民法院、"
     "縣公安局，檢查《人民警察法》貫徹執行情況。",
     [("江西省动物防疫条例", "趙一", {"易俗河镇"}, set()),
      ("中华人民共和国人民警察法", "錢二", set(), {"湘潭县人民法院", "湘潭县公安局"})]),
])
def test_two_inspections_told_apart_are_two_each_with_its_own_leader_places_and_bodies(
        text: str, expected: list[tuple[str, str, set[str], set[str]]]) -> None:
    got = [(law, act.led_by and act.led_by["name"], {p["name"] for p in act.places}, set(act.overseen))
           for act in _facts(text).activities for law in act.laws]
    assert got == expected


BOTH = {"中华人民共和国食品安全法", "中华人民共和国农产品质量安全法"}


@pytest.mark.parametrize(("body", "laws"), [
    ("检查组深入县市场监督管理局，检查《食品安全法》和《农产品质量安全法》实施情况。", BOTH),  # both laws again
    ("副主任李明率组深入县市场监督管理局，检查《食品安全法》实施情况。", BOTH),  # one law: the other not told apart
])
def test_an_inspection_of_two_laws_not_told_apart_stays_one(body: str, laws: set[str]) -> None:
    summary = "县人大常委会开展了《中华人民共和国食品安全法》、《中华人民共和国农产品质量安全法》执法检查。"
    (act,) = _facts(summary + body).activities
    assert set(act.laws) == laws


# §11 (a): a report's speaker named by post and name: the evidence opens with the post, never inside it
@pytest.mark.parametrize(("text", "opening"), [
    ("会议听取了县农业局工作汇报，县法院副院长朱聚才作了关于行政案件审判工作情况的报告。", "县法院副院长朱聚才"),
    ("大会开幕，县长李平向大会作政府工作报告。", "县长李平"),
    ("县人大常委会主任王刚作县人大常委会工作报告。", "县人大常委会主任王刚"),
    ("縣人民檢察院副檢察長陳武作縣人民檢察院工作報告。", "縣人民檢察院副檢察長陳武"),
    ("各专项评议组作调查报告，会议进行了审议。", "各专项评议组"),
])
def test_a_speakers_report_opens_with_the_speakers_post(text: str, opening: str) -> None:
    (act, *_) = _facts(text).activities
    assert act.evidence.startswith(opening)


MEETING = ("7月25日，县人大常委会举行第十四次会议。会上，{first}，{second}。\n会议分组对两个专项工作报告进行了认真审议。")


# §11 (b, c): two reports made at one sitting, one on the government's behalf: one review each, overseen by its
# maker; the later review of "the two reports" is theirs
@pytest.mark.parametrize(("first", "second", "overseen"), [
    ("县农业局局长任建华受政府委托，作了关于农业专业合作组织发展情况的报告",
     "县法院副院长朱聚才作了关于行政案件审判工作情况的报告", [{"湘潭县农业局", "湘潭县人民政府"}, {"湘潭县人民法院"}]),
    ("县民政局局长李红受县人民政府委托,作了关于全县养老服务工作情况的报告",
     "县人民检察院副检察长王刚作了关于公益诉讼检察工作情况的报告", [{"湘潭县民政局", "湘潭县人民政府"}, {"湘潭县人民检察院"}]),
])
def test_two_reports_made_are_two_reviews_each_of_its_maker(first: str, second: str, overseen: list[set[str]]) -> None:
    acts = _facts(MEETING.format(first=first, second=second)).activities
    assert [a.type for a in acts] == ["report_review", "report_review"]
    assert [set(a.overseen) for a in acts] == overseen
    assert [a.evidence for a in acts] == [first, second]


def test_reports_reviewed_by_count_with_none_told_are_a_review() -> None:
    (act,) = _facts("7月25日，县人大常委会举行第十四次会议。会议分组对两个专项工作报告进行了认真审议。").activities
    assert act.type == "report_review"


# §11 (d): attendance counted after named officers (…及十五名委员出席): the count is the last item's (the genre's golds
# keep attendance counts, as stated: 委员共29人出席会议 the total, its officers' names no part of its measure since
# newuser31 A4, round 46)
@pytest.mark.parametrize(("text", "value", "what"), [
    ("县人大常委会举行第十四次会议。副主任邢某、牛某及十五名委员出席了会议。", 15, "委员"),
    ("县人大常委会举行第十四次会议。各乡镇人大主席和12名县人大代表列席会议。", 12, "县人大代表"),
    ("县人大常委会举行第十四次会议。副主任邢某、牛某及委员共17人出席会议。", 17, "副主任及委员出席会议"),
])
def test_a_count_after_a_conjunction_is_the_last_items(text: str, value: int, what: str) -> None:
    stats = [s for s in _facts(text).statistics if s.value == value]
    assert [s.what for s in stats] == [what]


# §13: a run-in heading of a work report's point names the field; the sentences after it tell the work
@pytest.mark.parametrize("text", [
    "一是加强了对重大决策实施情况的监督。县委重大决策出台后，常委会主动介入、及时跟进。先后对县人大常委会关于《湘潭生态县建设"
    "规划》的决定落实情况进行了跟踪检查。",
    "（二）进一步强化对重大事项决定执行情况的监督。常委会对县人大常委会关于加快工业园区建设的决议执行情况进行了跟踪检查。",
    "二是加強了對重大決策實施情況的監督。先後對縣人大常委會關于《湘潭生態縣建設規劃》的決定落實情況進行了跟蹤檢查。",
])
def test_a_run_in_heading_whose_paragraph_tells_the_work_is_no_activity(text: str) -> None:
    (act,) = _facts(text, "2008").activities
    assert act.follow_up and "跟" in act.evidence


def test_a_run_in_heading_whose_paragraph_tells_no_work_stays() -> None:
    text = ("一是加强了对重大决策实施情况的监督。县委重大决策出台后，常委会主动介入、及时跟进。\n"
            "二是强化了对财政预算的监督。常委会听取和审议了县人民政府关于2008年上半年预算执行情况的报告。")
    assert [a.type for a in _facts(text, "2008").activities] == ["other", "budget_review"]


# §12: a slogan's numeral counts no work; the counts of work beside it stay
@pytest.mark.parametrize(("text", "values"), [
    ("县人大常委会着力做好“推动发展、保障发展、投身发展”三篇文章，圆满完成了全年工作任务。", []),
    ("常委會著力做好「推動發展、保障發展、投身發展」三篇文章，開展執法檢查2次。", [2]),
    ("常委会开展“访民情、解民忧、促发展”三项活动，听取审议专项工作报告12个。", [12]),
    ("常委会着力做好三篇文章，听取审议专项工作报告12个。", [12]),
    ("常委会深入开展“三个一”活动，组织代表视察3次。", [3]),
    ("常委会围绕协调推进“四个全面”战略布局，听取审议专项工作报告12个。", [12]),
    # the last of several quoted items, holding a 、 of its own: the count is of the items
    ("常委会听取了关于“加强农贸市场建设”和“加快水系建设、做好河道维护工作”两个议案办理情况报告。", [2]),
])
def test_a_slogans_numeral_is_no_statistic(text: str, values: list[int]) -> None:
    assert [s.value for s in _facts(text, "2014").statistics] == values


# §7: a title drops the dating phrase opening its sentence, of any form
@pytest.mark.parametrize("date", ["8月下旬,", "9月上旬，", "2023年9月初，", "年初，", "今年上半年，", "近日，", "日前,", "近期，"])
@pytest.mark.parametrize("sentence", ["根据省人大常委会党组统一安排,省人大常委会秘书长王某率执法检查组赴长沙检查。",
                                      "縣人大常委會舉行第四十次主任會議。"])
def test_a_title_drops_the_dating_phrase_opening_it(date: str, sentence: str) -> None:
    assert _first_line(date + sentence + "\n") == sentence


def test_a_date_the_sentence_goes_on_from_stays_in_the_title() -> None:
    assert _first_line("近日召开的县人大常委会会议听取了报告。\n") == "近日召开的县人大常委会会议听取了报告。"


# §10: a collective name of laws after its topic: the topic's national law, the rest only where the text names its
# titles, none taken from the report's place
@pytest.mark.parametrize(("text", "laws"), [
    ("省人大常委会执法检查组赴益阳市开展大气污染防治“一法一条例一规定”执法检查，同时检查水、土壤污染防治等相关法律法规的"
     "实施情况。", {"中华人民共和国大气污染防治法"}),
    ("縣人大常委會開展消防“一法一條例”執法檢查。", {"中华人民共和国消防法"}),
    ("县人大常委会对《中华人民共和国安全生产法》和《湖南省安全生产条例》的实施情况开展执法检查。此次安全生产“一法一条例”"
     "执法检查历时一个月。", {"中华人民共和国安全生产法", "湖南省安全生产条例"}),
])
def test_a_collective_name_reads_only_the_laws_the_text_names(text: str, laws: set[str]) -> None:
    assert {title for act in _facts(text).activities for title in act.laws} == laws


# §2: a text pasted many times keeps one mention per distinct telling, of laws as of organs
@pytest.mark.parametrize("copies", [2, 40])
@pytest.mark.parametrize("item", [
    "9月9日至17日，县人大常委会开展了《中华人民共和国人民警察法》执法检查。检查组先后来到县人民法院、县公安局。\n",
    "縣人大常委會聽取和審議了縣人民政府關于《中華人民共和國道路交通安全法》實施情況的報告。常委會組成人員認真審議。\n",
])
def test_a_text_pasted_again_mentions_each_law_once_per_telling(item: str, copies: int) -> None:
    once, pasted = _facts(item), _facts(item * copies)
    assert [(m.canonical, m.mention) for m in pasted.laws] == [(m.canonical, m.mention) for m in once.laws]
    assert len(pasted.organs) == len(once.organs)


def test_a_law_told_in_two_different_sentences_keeps_both_mentions() -> None:
    text = ("县人大常委会开展了《中华人民共和国人民警察法》执法检查。\n"
            "县人大常委会听取了县公安局贯彻实施《中华人民共和国人民警察法》情况的报告。\n")
    assert len(_facts(text * 3).laws) == 2


# §9: a day alone opening a sentence (15日至17日，…) is a day of the month the last sentence of its paragraph opening
# with a month names
@pytest.mark.parametrize(("text", "dates"), [
    ("9月9日至17日，县人大常委会先后开展了《中华人民共和国人民警察法》、《江西省动物防疫条例》执法检查。15日至17日，县人大常委会"
     "副主任李明率组深入到易俗河镇，检查《江西省动物防疫条例》的宣传贯彻情况。9日至16日，县人大常委会副主任王强率执法检查组"
     "来到县公安局，检查《人民警察法》贯彻执行情况。", ["2023-09-15", "2023-09-09"]),
    ("5月，县人大常委会组织代表视察城区学校建设。自2003年11月1日条例施行以来，学校建设加快。\n12日，县人大常委会开展"
     "《中华人民共和国食品安全法》执法检查。", ["2023-05", None]),  # another paragraph: no month
])
def test_a_day_alone_is_of_the_month_a_sentence_before_names(text: str, dates: list[str | None]) -> None:
    assert [a.date for a in _facts(text).activities] == dates
