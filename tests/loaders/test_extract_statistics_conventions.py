"""Statistics by the golds' conventions (FRESH-2026-11, PROVENANCE-k-a, PROVENANCE-k-b): the rates of handling
deputies' suggestions and their satisfied counts are statistics, and so are the shares of a satisfaction evaluation's
answers and of an inquiry's questions, and a handling rate closing the sentences on the handling (round 19); an organ's
structure, a page's views, a
session's or an ordinal's number and the programme an item is one of are not.

Sentences are paraphrases of real pages of the genre (the search tool's stored pages: city and county
reports on suggestions handled, an NPC reference page, a yearbook's organisation entry, page furniture),
with near-misses that must keep their statistics.
"""
from __future__ import annotations

import pytest

from loaders.document import Document
from loaders.extract import extract

CITY = "来宾市人民代表大会常务委员会"


def stats(facts):
    return [(s.value, s.unit) for s in facts.statistics]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("自2016年以来，市人大代表共提出建议245件，代表提出的建议按规定全部办结并分别答复代表，办复率100%。",
         [(245, "件"), (100, "%")]),
        ("245件建议中，已落实或逐步实施代表所提问题的190件，落实率为78%。", [(245, "件"), (190, "件"), (78, "%")]),
        ("这些建议分别交由65家单位承办，建议回复率100%，初次办理满意率达到92.47%。",
         [(65, "家"), (100, "%"), (92.47, "%")]),
        # rates told together are one statistic each
        ("128件建议全部按规定期限办理完毕，见面率、答复率、满意率（含基本满意）均为100%。",
         [(128, "件"), (100, "%"), (100, "%"), (100, "%")]),
        ("市政府共承办代表建议98件，均按期办理答复完毕，办复率和代表满意率均为100%。",
         [(98, "件"), (100, "%"), (100, "%")]),
        # the share satisfied or fairly satisfied is a satisfaction rate (0809ok.com/xwzx/gnsz/szyw/201303/08/t20130308_841606.shtml)
        ("辦理代表建議37527件，代表對建議辦理工作表示滿意或基本滿意的超過90%。", [(37527, "件"), (90, "%")]),
        # (rd.ankang.gov.cn/Content-2552448.html)
        ("经测评，农村人居环境整治、就业创业提升等10个项目的“满意+基本满意”率达到100%。", [(10, "个"), (100, "%")]),
        # paraphrased from a county's report on suggestions (a result above a mark, no rule's threshold)
        ("代表对办理结果满意和基本满意的超过95%。", [(95, "%")]),
        # near miss: a rule's threshold, above as below (满意率超过…%的建议), is no result
        ("满意率超过60%的建议办结归档，低于60%的建议重新办理。", []),
    ],
)
def test_rates_of_handling_suggestions_are_statistics(facts_of, text, expected):
    assert sorted(stats(facts_of(text, CITY))) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the answers of a satisfaction evaluation, each a share in a sentence of its own (written for this test)
        ("代表共对755件建议的办理工作进行了满意度反馈。其中“满意”690件，占91.4%，“基本满意”65件，占8.6%。", 91.4),
        ("代表共对755件建议的办理工作进行了满意度反馈。其中“满意”690件，占91.4%，“基本满意”65件，占8.6%。", 8.6),
        ("代表對辦理工作進行了測評。其中表示滿意的312件，佔96.3%。", 96.3),
        # the questions an inquiry raised and the share answered on the spot
        ("共有526人次参加，询问了378个问题，当场解决或基本解决的275件，占72.8%。", 72.8),
        ("代表現場詢問問題120個，當場答復的96個，佔80%。", 80),
        # a handling rate closing the sentences on the suggestions' handling
        ("代表建议所提问题得到解决的612件，约占总数的83.9%。见面率和答复率均为100%。", 100),
        ("市政府承辦代表建議215件，已全部辦結。答覆率達100%。", 100),
        # a satisfaction rate told before its word
        ("民生实事项目获得了高于98%的满意度。", 98),
        ("會議以96.5%的滿意度通過了對市政府辦理工作的測評。", 96.5),
    ],
)
def test_shares_and_rates_told_apart_from_their_work_are_statistics(facts_of, text, value):
    assert (value, "%") in stats(facts_of(text, CITY))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # near misses: a share of the economy's, a project's rate two sentences from any suggestion, a threshold
        ("全市民营经济增加值1200亿元。其中工业增加值520亿元，占43.3%。", 43.3),
        ("代表建议已全部办结。今年全市新建项目开工。重点项目落实率达100%。", 100),
        ("群众满意度不到60%的项目要重新整改。", 60),
    ],
)
def test_shares_and_rates_of_no_oversight_stay_out(facts_of, text, value):
    assert (value, "%") not in stats(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        # a political consultative conference's proposals, and a project's rate: no deputies' suggestion
        "从办复情况来看，所承办提案均已得到及时办理回复，办复率为100%。",
        "今年重点项目落实率达100%。",
    ],
)
def test_rates_of_no_suggestion_are_no_statistics(facts_of, text):
    assert (100, "%") not in stats(facts_of(text, CITY))


def test_a_satisfied_count_equal_to_the_total_is_its_own_figure(facts_of):
    text = "县人大常委会就代表提出的150件建议组织测评。12月再次测评，代表对办理过程满意的有150件，对办理结果满意的有146件。"
    assert stats(facts_of(text, CITY)).count((150, "件")) == 2


@pytest.mark.parametrize(
    "text",
    [
        "全国人民代表大会常务委员会目前设置了11个专门委员会。",
        "全国人大共有9个专门委员会，包括民族委员会、法律委员会等。",
        "县级人大普遍设立两个专门委员会。",
        "年内市人民代表大会设有法制委员会1个专门委员会，常委会下设办公室、研究室、信访办公室3个办事机构和法制、"
        "内务司法、财政经济7个工作委员会。",
    ],
)
def test_an_organs_structure_is_no_statistic(facts_of, text):
    assert stats(facts_of(text, CITY)) == []


def test_bodies_taking_part_in_work_are_counted(facts_of):
    text = "委员长会议组成人员带队，10个专门委员会、4个工作委员会和常委会办公厅参加调研。"
    assert stats(facts_of(text, CITY)) == [(10, "个"), (4, "个")]


@pytest.mark.parametrize(
    "text",
    [
        "【作者】市年鉴编纂委员会 【成文日期】2016-12-31 【点击率】1017次",
        "2019-05-10 09:12:30发布152次查看",
        "7 次访问",
        "发布时间：2022-07-01 浏览次数：3622次",
    ],
)
def test_a_pages_views_are_no_statistic(facts_of, text):
    assert stats(facts_of(text, CITY)) == []


def test_visits_told_in_the_text_are_counted(facts_of):
    assert stats(facts_of("代表们先后3次查看项目现场。", CITY)) == [(3, "次")]


@pytest.mark.parametrize(
    "text",
    [
        "常委会依法做好了区一届人大二次、三次和四次会议的组织筹备工作。",
        "十三届全国人大常委会第十四、十五次会议听取并审议了议案审议结果的报告。",
        "常委会第3、4次会议审议了条例草案。",
        "长底乡人大主席团组织代表对乡人民政府承诺办理的十件实事之一进行视察。",
    ],
)
def test_session_and_ordinal_numbers_and_a_programmes_name_are_no_count(facts_of, text):
    assert stats(facts_of(text, CITY)) == []


def test_meetings_counted_after_a_sessions_number_are_counted(facts_of):
    text = "常委会做好了区一届人大二次、三次和四次会议的组织筹备工作，召开常委会会议10次，督办十二件重点建议。"
    assert sorted(stats(facts_of(text, CITY))) == [(10, "次"), (12, "件")]


def test_a_comma_inside_a_quoted_name_keeps_the_name_in_the_evidence(facts_of):
    [stat] = facts_of("今年市政府共承办“聚民意,惠民生”行动代表建议151件。", CITY).statistics
    assert stat.value == 151 and "“聚民意,惠民生”" in stat.evidence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a government's report on rectifying the audit's findings, heard by the standing committee (a new user's budget
        # study, round 17; paraphrased): its rates and the cases it passed on are the oversight's figures
        ("截至目前，审计整改直接落实率为88.97%，综合整改率达94%。", [(88.97, "%"), (94, "%")]),
        ("審計移送案件線索15起，已立案10起。", [(15, "起"), (10, "起")]),
        ("审计查出问题整改完成率为96.5%，移送问题线索8起。", [(96.5, "%"), (8, "起")]),
    ],
)
def test_the_rates_and_cases_of_an_audits_rectification_are_statistics(facts_of, text, expected) -> None:
    assert sorted(stats(facts_of(text, CITY))) == sorted(expected)


@pytest.mark.parametrize("text", [
    "本条例自2020年1月1起施行。",  # a start, not cases
    "大家一起努力，推动审计整改。",  # together
    "项目建设整改率达到90%。",  # a project's rate, no audit's
    "会议审议了3起草案。",
])
def test_no_cases_or_rates_where_none_are_counted(facts_of, text) -> None:
    assert stats(facts_of(text, CITY)) == []


@pytest.mark.parametrize(("text", "year", "years"), [
    # a new user's study of deputies' suggestions (round 17; NPC pages paraphrased): last year's totals, and a term's
    # report dating its figures by the years its sentences open with
    ("去年十三届全国人大四次会议期间代表们提出的8993件建议，已全部办理完毕。", "2022", ["2021"]),
    ("據了解，去年代表們共提出建議245件。", "2022", ["2021"]),
    ("2021年，代表们共提出建议245件。2022年，代表们共提出建议300件。", "2018-2022", ["2021", "2022"]),
    ("五年来，常委会检查法律30件。", "2022", ["2018-2022"]),
    # running totals since a year (a new user's study of figures, round 18: 自2010年6月…已开展了18次 filed under 2016)
    ("全国人大常委会自2010年6月首次开展专题询问以来，已开展了18次专题询问。", "2016", ["2010-2016"]),
    ("2013年至今，市人大常委會累計組織開展了對51部法律法規的執法檢查。", "2017", ["2013-2017"]),
    ("2019年以来，代表们共提出建议245件。", "2022", ["2019-2022"]),
    # near misses: the report's own year, and a comparison, date nothing of their own
    ("今年，代表们共提出建议245件。", "2022", [None]),
    ("去年同期，代表们共提出建议245件。", "2022", [None]),
    ("2022年以来，代表们共提出建议245件。", "2022", [None]),
])
def test_a_statistic_is_dated_by_the_year_its_sentence_opens_with(text, year, years) -> None:
    facts = extract(Document(text=text, source="t.txt", metadata={"organ": CITY, "year": year}))
    assert [s.years for s in facts.statistics] == years


def test_a_count_told_before_its_rate_measures_the_noun(facts_of) -> None:
    """156件建议办复率达100%: 156 suggestions, and a reply rate of 100 % (a new user read a "rate" of 156 件)."""
    found = {(s.value, s.unit): s.what for s in facts_of("156件建议办复率达100%。", CITY).statistics}
    assert found == {(156, "件"): "建议", (100, "%"): "建议办复率"}
