"""Activity precision on text nobody tuned to (round 9): classes of mentions that are no new activity, or
an activity of another kind.

Each class has sentences of the genre from public pages (paraphrased, or real where noted) that were not in
the development files, and near-misses that must still state their activity.
"""
from __future__ import annotations

import pytest

NATIONAL = "全国人民代表大会常务委员会"
CITY = "衢州市人民代表大会常务委员会"


def _types(facts) -> list[str]:
    return [a.type for a in facts.activities]


# The year's plan execution with next year's plan (or its draft), examined, approved or resolved on, and a
# committee's review result of a five-year outline's draft: the plan-and-budget review of the financial committee
# (round 9 ruling, docs/design.md 'Evaluation data'), a budget review like the budget's.
@pytest.mark.parametrize(
    "text",
    [
        # the financial committee's review result at an NPC session (2024, real)
        "会议听取了全国人大财政经济委员会关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的审查结果报告。",
        # the outline's draft (2006, real, traditional script)
        "全國人大財政經濟委員會主任委員傅志寰向主席團會議作了關於國民經濟和社會發展第十一個五年規劃綱要草案的審查結果報告。",
        # a city session's agenda (paraphrased)
        "大会议程为：审查和批准市2024年国民经济和社会发展计划执行情况与2025年国民经济和社会发展计划草案的报告。",
        "会议对区政府关于2019年国民经济和社会发展计划执行情况与2020年计划草案的报告进行了审议。",
    ],
)
def test_the_plan_with_next_years_plan_is_a_budget_review(facts_of, text):
    assert _types(facts_of(text, NATIONAL)) == ["budget_review"]


def test_the_plan_and_the_budget_resolved_on_are_two_budget_reviews(facts_of):
    # a session's closing news (2018, paraphrased): each resolution approves one object
    text = ("会议表决通过了关于2017年国民经济和社会发展计划执行情况与2018年国民经济和社会发展计划的决议，"
            "批准2018年国民经济和社会发展计划；表决通过了关于2017年中央和地方预算执行情况与2018年中央和地方预算的决议，"
            "批准2018年中央预算。")
    assert _types(facts_of(text, NATIONAL)) == ["budget_review", "budget_review"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an execution report alone stays a review of the plan
        ("会议听取了国务院关于今年以来国民经济和社会发展计划执行情况的报告。", ["report_review"]),
        ("听取和审议市政府关于2024年上半年国民经济和社会发展计划执行情况的报告。", ["report_review"]),
        # the secretariat's draft resolutions are the congress's own business
        ("会议听取了大会秘书处关于2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划的决议草案代拟稿的汇报。", []),
    ],
)
def test_an_execution_report_alone_or_a_draft_resolution_is_no_budget_review(facts_of, text, expected):
    assert _types(facts_of(text, NATIONAL)) == expected


# Personnel heard among reports: resignations, by-elections, acting appointments, a session's name lists. The
# congress's own business, no review (PROVENANCE-k-a: personnel gives nothing).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a provincial presidium (2021, real)
        ("会议听取了关于接受唐仁健辞去甘肃省省长职务，周学文、常正国辞去副省长职务，省人大常委会部分委员和省人大有关专门委员会"
         "组成人员辞职请求的备案报告；审议了关于接受有关辞职请求的决定草案。", []),
        # a city 主任会议 (2019, real, traditional script)
        ("會議聽取了市七屆人大常委會關于接受余懷民辭去市七屆人大常委會副主任職務的決定(草案)及有關人事任免議案、市七屆人大常委會"
         "代表資格審查委員會關于個別代表的代表資格的報告及補選應由我市選舉產生的省十三屆人大代表的報告。", []),
        # paraphrased lists mixing personnel with a report that is oversight
        ("主任会议听取了关于接受市人大常委会部分组成人员请求辞去职务的报告、关于接受市中级人民法院院长请求辞去职务并决定代理职务的"
         "情况报告、关于区政府城市管理工作情况的报告。", ["report_review"]),
        ("会议听取了关于区十六届人大八次会议主席团和秘书长建议名单（草案）的情况报告、区政府关于重点督办建议办理情况的报告。",
         ["report_review"]),
        # appointments and removals asked for (round 13; hwyst.hangzhou.com.cn 2017-03-29: 谢双成提交人事免职议案并作说明,
        # paraphrased as the reports that ask them)
        ("会议审议了市人民检察院关于提请免去市人民检察院有关检察人员职务的报告。", []),
        ("会议听取了市政府关于提请任命市公安局局长的报告、关于全市养老服务工作情况的报告。", ["report_review"]),
        ("會議審議了縣人民法院關於提請免去審判員職務的報告。", []),
    ],
)
def test_personnel_heard_is_no_review(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# The plan of some oversight heard as a 汇报 or listed among reports states that work, not a report reviewed
# (PROVENANCE-k-a: k16's 执法检查工作方案 is a planned inspection; dev b07's 督办工作实施方案 is planned 督办).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paraphrases of a city 主任会议 that discussed 重要建议督办工作方案 (2022, real) and of one that studied
        # 关于检查《中华人民共和国防洪法》实施情况的方案 (2023, real)
        ("会议听取了市人大常委会人代工委关于市十七届人大二次会议重要建议督办工作方案的汇报。", ["other"]),
        ("会议听取了市人大常委会教科文卫工委关于《中华人民共和国防洪法》执法检查工作方案的汇报。", ["law_enforcement_inspection"]),
        ("会议听取了关于市七届人大二次会议议案和建议办理情况的报告、关于民生实事项目人大代表票决制实施方案及其票决办法、"
         "关于市七届人大代表资格的报告。", ["report_review", "other"]),
        # near-miss: a report on how the work went is a report reviewed
        ("会议听取了市人大常委会人代工委关于重要建议督办工作情况的汇报。", ["report_review"]),
    ],
)
def test_the_plan_of_some_work_heard_is_that_work(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# A committee's opinion on a bill, named after the bill's explanation without a subject of its own: legislation,
# not a report reviewed.
@pytest.mark.parametrize(
    "text",
    [
        # a provincial SC plenary (2017, real, traditional script)
        "會議聽取了省工商行政管理局局長李金冬作的關於《湖南省消費者權益保護條例(修訂草案)》的說明。省人大財政經濟委員會委員肖九成作了審議意見的報告。",
        # a municipal SC meeting (2019, real)
        "会议听取了市水务局局长徐建所作的关于《上海市排水与污水处理条例(草案)》的说明并解读，以及市人大城建环保委主任委员崔明华所作的"
        "相关审议意见报告，并对条例草案进行了分组审议。",
        # paraphrases of provincial SC news
        "会议听取了《四川省地质灾害防治条例(草案)》《关于加快电网规划建设工作的决定(草案)》的说明和审议意见的报告。",
        "受省政府委托，省工业和信息化厅负责同志作说明。省人大财经委、省人大常委会法工委分别提交相关审议、审查意见报告。",
    ],
)
def test_a_committees_opinion_on_a_bill_is_no_review(facts_of, text):
    assert facts_of(text, "湖南省人民代表大会常务委员会").activities == []


@pytest.mark.parametrize(
    "text",
    [
        "会议听取和审议了市人大常委会关于区政府环境保护工作情况报告的审议意见的研究处理情况的报告。",
        "听取和审议关于2020年我省环境状况和环境保护目标完成情况报告的审议意见。",
    ],
)
def test_the_opinions_on_a_report_heard_are_a_review(facts_of, text):
    assert _types(facts_of(text, "湖南省人民代表大会常务委员会")) == ["report_review"]


# What a speaker or a meeting said: the words after 强调/指出/认为/表示/会议要求 are instructions or judgements,
# however many kinds of work they name.
@pytest.mark.parametrize(
    "text",
    [
        # a district head answering a city SC's check group (2021, real)
        "庄炳强在讲话中表示，将继续落实好省、市、区委各项决策部署，对人大联动监督交办的事项，抓好督导推进，主动整改提升，"
        "及时反馈工作进展情况，确保四项联动监督和“6+1”联动监督“回头看”工作取得扎实成效。",
        # paraphrases of a speech at a mobilisation meeting (2014) and of a check group's leader (2021)
        "区人大常委会主任在讲话中要求，要突出督查重点，坚持问题导向，认真开展专项督查，确保取得实效。",
        "就做好下步工作他强调，要突出工作重点，扎实开展审议意见落实情况“回头看”，确保各项工作高质量开展。",
        # paraphrases of provincial and city 主任会议 news
        "会议强调，本次会议审议的议题是常委会对经济运行、财政预算等方面工作报告的审议意见，内容十分重要。",
        "會議要求，堅持在市委領導下組織開展專項述職評議，進一步提高述職評議的科學化水平。",
    ],
)
def test_what_a_speaker_or_a_meeting_said_states_no_activity(facts_of, text):
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("会议听取了区政府关于城市管理工作情况的报告，会议要求，区政府要认真研究处理审议意见。", ["report_review"]),
        ("会议听取并审议了区政府关于农村公路建设情况的报告，对报告提出了明确要求，并组织开展了专题询问。",
         ["report_review", "special_inquiry"]),
        ("按照市委要求，区人大常委会开展了《中华人民共和国大气污染防治法》执法检查。", ["law_enforcement_inspection"]),
    ],
)
def test_activities_before_a_speech_or_after_a_demand_named_stay(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# An activity already told, named again as the means of a result (通过…，…), as the place of its steps (在视察现场，…),
# by what it showed (视察了解的情况) or by the coming work it prepares for (为…审议…报告做好准备): no new activity.
@pytest.mark.parametrize(
    "text",
    [
        # a township's deputies' appraisal meeting (dev b25's class), paraphrased
        "通过人大代表述职评议会议，进一步增强了人大代表的代表意识和履职责任感。",
        # a township's visit (2019, real): the means clause and what deputies said
        "在视察过程中，代表们指出，通过人大代表到重点工程一线视察项目建设情况，人大代表对重点工程的建设情况有了更加全面的了解。",
        # paraphrases of township visit news (2019, 2022)
        "在视察现场，代表们先后来到镇敬老院、农贸市场改造提升项目等5个点位，听取了项目负责人的介绍。",
        "代表们认真梳理视察调研掌握的情况，形成了书面意见。",
        "座谈会上，代表们结合工作实际及视察了解的情况，围绕乡村振兴提出了意见建议。",
        # a provincial office's notice of deputies' visits (2010, real): what the visit prepares for
        "这次视察将深入了解全省经济结构调整情况，为代表出席十一届全国人大四次会议、审议“十二五”规划纲要(草案)以及各项议案和报告做好充分准备。",
    ],
)
def test_an_activity_told_named_as_means_place_result_or_purpose(facts_of, text):
    assert facts_of(text, CITY).activities == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count or a titled law makes the means clause state its activity
        ("通过对代表建议办理的两次满意度测评，强有力地推动了代表建议的办理。", ["satisfaction_evaluation"]),
        ("通过开展《中华人民共和国食品安全法》执法检查，推动了食品安全工作。", ["law_enforcement_inspection"]),
        # a dated meeting of an inquiry may be its only mention
        ("在3月25日召开的专题询问会上，12名常委会组成人员向市政府有关部门负责人提问。", ["special_inquiry"]),
    ],
)
def test_means_and_places_that_state_their_activity(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# The briefings an inspection hears on the laws it checks (a 座谈会 within it) are steps of that inspection
# (FRESH-2026-11: steps of one inspection are not new activities).
@pytest.mark.parametrize(
    "text",
    [
        # paraphrase of a city SC's inspection in a county (2016, real: 在座谈汇报会上，刘文革汇报了我县贯彻落实…情况)
        "3月7日，市人大常委会秘书长带领检查组深入我县开展《中华人民共和国环境保护法》执法检查。检查组一行先后深入青铜关镇、"
        "木王镇实地检查。在座谈汇报会上，检查组听取了县政府关于贯彻落实《中华人民共和国环境保护法》情况的汇报。",
        # paraphrases of a provincial inspection in a city (2016) and of a district's (2024)
        "9月7日至9日，省人大常委会秘书长带队来我市，就《中华人民共和国大气污染防治法》贯彻实施情况进行执法检查。"
        "座谈会上，执法检查组分别听取了市政府及有关部门关于贯彻实施《中华人民共和国大气污染防治法》情况的汇报。",
        "8月20日，区人大常委会主任带队开展《中华人民共和国消防法》执法检查。执法检查组一行先后走访了两个小区，实地查看了"
        "消防设施配备情况，并召开座谈会，分别听取了消防救援大队和应急管理局关于《中华人民共和国消防法》贯彻落实情况的汇报。",
    ],
)
def test_briefings_an_inspection_hears_are_its_steps(facts_of, text):
    assert _types(facts_of(text, CITY)) == ["law_enforcement_inspection"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a briefing on a law no inspection told
        ("会议听取了市政府关于《中华人民共和国档案法》贯彻实施情况的汇报。", ["report_review"]),
        # how the review opinions of the inspection were handled: a follow-up heard
        ("今年，常委会开展了《中华人民共和国旅游法》执法检查。年底，会议听取了市政府关于《中华人民共和国旅游法》执法检查"
         "审议意见办理情况的汇报。", ["law_enforcement_inspection", "report_review"]),
    ],
)
def test_briefings_that_are_reviews_of_their_own(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# A visit's group named as the subject after the visit is told (…一行到某镇视察调研。调研组一行视察了…) tells its stops.
@pytest.mark.parametrize(
    ("text", "visits"),
    [
        # paraphrases of a district SC's visit (2015) and of a city SC's visit and investigation group (2011, real:
        # 带领第二视察调研组对…进行了视察。视察调研组一行先后到…等处进行了实地调研)
        ("3月3日，区人大常委会主任一行到板桥镇视察调研。该区人大调研组一行视察了板桥镇食品工业园区建设、板桥古街保护、"
         "河道整治等情况。", 1),
        ("9月19日，市人大常委会副主任带领第二视察调研组对新农村建设项目进展情况进行了视察。调研组一行视察了王顺村、"
         "土城村等新农村示范村。", 1),
        # near-miss: a group's visit of a law the first visit lacks is a visit of its own
        ("上午，区人大常委会组织代表视察了城区农贸市场。下午，调研组视察了《浙江省农贸市场管理条例》的实施情况。", 2),
    ],
)
def test_a_visits_group_named_again_tells_its_stops(facts_of, text, visits):
    assert _types(facts_of(text, CITY)) == ["site_visit"] * visits


# A kind of work as the subject of commentary (what it has, brings, became; its purpose; how to do it): an essay on
# the kind, not an event. Real sentences of commentary pages (2011, 2012, 2014, 2015).
@pytest.mark.parametrize(
    "text",
    [
        "专题询问带有主动性、强制性、针对性和约束力，被询问机关必须依法答复。",
        "开展专题询问的目的亦同样如此。",
        "专题询问为人大监督带来更多的激情和活力。",
        "专题询问作为询问的延伸与发展，自2010年首次由全国人大常委会启动以来，便因其议题设置更明确、组织性更强、集中性更高等特点，"
        "起到了比询问更好的监督效果。",
        "如何开展专题询问，进一步增强新形势下人大监督工作的实效，各级人大常委会在探索、在思考。",
        "从全国和各地人大的实践来看，专题询问在一定程度上激发了人大监督的活力，提高了人大常委会会议审议的质量。",
    ],
)
def test_a_kind_of_work_as_the_subject_of_commentary_is_no_event(facts_of, text):
    assert facts_of(text, NATIONAL).activities == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("6月24日，常委会就预决算管理工作开展专题询问。", ["special_inquiry"]),
        ("专题询问作为今年监督工作的一项重点，于9月下旬举行。", ["special_inquiry"]),
    ],
)
def test_an_inquiry_with_its_organ_or_date_is_an_event(facts_of, text, expected):
    assert _types(facts_of(text, NATIONAL)) == expected


# Recommendations or instructions enumerated over sentences (提出以下建议：一是…。二是…。): every point is what the organ
# should do, like the first. Paraphrases of pages that enumerate them with ；(2019, 2020, 2024) and of dev j25.
@pytest.mark.parametrize(
    "text",
    [
        "会议对区政府提出以下建议：一是对审计查出的问题要严肃认真对待。二是开展“回头看”，充分运用好审计结果。三是加强跟踪督办。",
        "他指出，一是要注重政治和业务的关系，提高政治站位。二是要结合我区实际开展好此次督查。三是要提出针对性整改建议。",
        "会议强调，一是要深刻认识专项监督的重大意义。二是要强化跟踪问效，对重点任务落实情况开展专项监督。",
    ],
)
def test_enumerated_recommendations_state_no_activity(facts_of, text):
    assert facts_of(text, CITY).activities == []


def test_an_enumeration_of_work_done_states_each(facts_of):
    # points of work done, not of recommendations (a work report's 一是…开展监督。二是…)
    text = ("一是围绕推动经济发展开展专题调研。二是对《中华人民共和国城乡规划法》实施情况开展执法检查。")
    assert _types(facts_of(text, CITY)) == ["investigation", "law_enforcement_inspection"]


# The projects a vote chose, named by it, and how they went (票决政府实事工程情况, 票决民生实事进展情况): no vote.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a county session's exhibition (2015, real)
        ("原来这里正在展出2014年票决政府实事工程情况和2015年政府实事工程候选项目。", []),
        # a township's visit of the projects voted on (2024, real)
        ("近日，叠山镇人大组织部分县、镇人大代表对2024年度民生实事人大代表票决项目实施情况进行了集中视察。", ["site_visit"]),
        # a township notice's schedule (paraphrase of dev i37's class)
        ("代表们将实地察看项目现场，了解全年票决民生实事进展情况。", []),
        # near-misses: the vote itself
        ("为期两天的大会上，代表们票决民生实事项目10件。", ["other"]),
        ("会议以无记名投票方式票决产生了2024年民生实事项目。", ["other"]),
    ],
)
def test_the_projects_a_vote_chose_are_no_vote(facts_of, text, expected):
    assert _types(facts_of(text, "宁波市宁海县人民代表大会常务委员会")) == expected


# Those honoured for a kind of work (…工作的先进单位和先进个人): the work names the honour, no event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 61.185.136.75/slrb/20180301/html/content_20180301005002.htm (real)
        ("市人大代表深入调查研究，提出了高质量的议案和建议，并涌现出了一批办理代表议案、建议工作的先进单位和先进个人。", []),
        # 61.185.136.75/slrb/20150325/html/content_20150325003002.htm (real)
        ("各承办单位创新办理方式，提高办理实效，涌现出了一批办理代表议案、建议工作的先进集体和个人。", []),
        # a session's delegations nominating them (paraphrase of the first source)
        ("各代表团推荐了办理代表建议工作的先进单位和先进个人。", []),
        # near-misses: a visit to a model unit, and the supervision of the suggestions' handling, are events
        ("组织代表视察了安全生产先进单位。", ["site_visit"]),
        ("常委会督办代表建议办理工作，推荐先进经验。", ["other"]),
    ],
)
def test_those_honoured_for_a_kind_of_work_are_no_event(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# A meeting's order of business (采取先集中听取报告，再分组审议…的方式): how it proceeds, no hearing of its own.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # paraphrases of the session news of the genre on how a meeting runs (m.entba.net/a/41-46667-0.html: 听取…报告等议题，
        # 一起并入第一次全体会议; m.sh-hanglv.cn/news-12026.html: 采取以界别和活动组相结合的方式，分10个小组进行讨论)
        ("为提高会议审议质量，本次会议采取先集中听取报告，再分组审议，最后集中表决的方式进行。", []),
        ("大会采取先集中听取报告、后分组审议的方式，压缩全体会议时间。", []),
        ("常委会会议按照先听取报告，再分组审议的程序进行。", []),
        # near-misses: the work the procedure serves, stated after it, is an event
        ("会议采取先听取汇报、再实地察看的方式，对全区河长制落实情况开展视察。", ["site_visit"]),
        ("会议采取先集中听取报告、再分组审议的方式，听取和审议了区政府关于城市管理工作情况的报告。", ["report_review"]),
    ],
)
def test_a_meetings_order_of_business_is_no_hearing(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# A kind of work as the possessor of what a clause says of it (提升专题询问的监督思维): commentary, no event.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lyjdw168.com/1a3jct.html (real)
        ("当前及未来一段时间，提升专题询问效能的重点仍然是提升专题询问的监督思维。", []),
        # djzncl.com/html/2024/lnyj_1113/24258.html (real)
        ("丰富专题询问的会议方式，合理安排议程时间，加强提问的针对性与实效性，扩大专题询问的适用范围等。", []),
        # rddy.org.cn/show-29195.html (real)
        ("选准定好询问议题，就等于抓住了专题询问的“牛鼻子”。", []),
        # near-misses: a clause conducting the work, and an earlier round as the ground of the next, state events
        ("会议研究讨论了县人大常委会关于开展专题询问的实施方案。", ["special_inquiry"]),
        ("市人大常委会在连续6年执法检查的基础上，今年继续开展食品安全执法检查。", ["law_enforcement_inspection"]),
        ("10月，常委会就全市养老服务工作开展专题询问。", ["special_inquiry"]),
    ],
)
def test_a_kind_of_work_as_the_possessor_of_a_comment_is_no_event(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected


# The budget the congress approved, named as what a government carries out (round 13): no review stated
# (audit.zhuhai.gov.cn/zwgk/tzgg/content/post_2968094.html: 认真执行市人大批准的年度财政预算; cqrd.gov.cn 执法检查报告:
# 根据市五届人大二次会议批准的…工作计划; paraphrased).
@pytest.mark.parametrize(
    "text",
    [
        "市政府严格执行市人大批准的预算，财政运行总体平稳。",
        "全区各部门认真落实区人代会审议批准的年度预算。",
        "各單位嚴格執行市人大批准的年度財政預算。",
    ],
)
def test_a_budget_the_congress_approved_named_as_carried_out_is_no_review(facts_of, text):
    assert "budget_review" not in _types(facts_of(text, CITY))


@pytest.mark.parametrize(
    "text",
    [
        "会议审查批准了2020年市本级财政决算。",
        "会议批准市本级的预算调整方案。",
        "市人大常委会审议了2021年预算执行情况。",
    ],
)
def test_a_budget_approved_or_reviewed_is_still_a_review(facts_of, text):
    assert _types(facts_of(text, CITY)) == ["budget_review"]


# A purpose served, however long the list of work it names (round 13): 为…提供参考/依据 states none of it
# (ncrd.gov.cn 2022-09-03 温镇魁: 为地方人大在监督工作中开展满意度测评提供参考; paraphrased and lengthened with the
# list of work the genre names there).
@pytest.mark.parametrize(
    "text",
    [
        "调研组形成的报告，为常委会会议审议专项工作报告、开展专题询问和满意度测评等工作提供了重要参考。",
        "代表们的意见建议，为区人大常委会听取和审议专项工作报告、组织代表视察调研、开展执法检查等工作提供了重要依据。",
        "為縣人大常委會會議審議、視察調研、滿意度測評和督辦代表建議等工作提供重要參考。",
    ],
)
def test_a_purpose_served_by_a_long_list_of_work_states_none(facts_of, text):
    assert _types(facts_of(text, CITY)) == []


def test_the_clause_before_a_purpose_still_states_its_activity(facts_of):
    text = "会议听取了县政府关于教育工作情况的报告，为下一步开展专题询问提供参考。"
    assert _types(facts_of(text, CITY)) == ["report_review"]


# An audit, budget or filing named with no word of the congress acting on it (round 14): what the audited units,
# the government or the figures did, as a government's rectification report tells it (paraphrased from reports of
# several provinces), beside near-misses that state the congress's oversight.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("各被审计单位主动整改，建立问题整改销号制度。", []),
        ("截至10月底，审计整改直接落实率为91.2%，审计综合整改率达96%。", []),
        ("被审计单位切实承担审计整改主体责任，推动审计查出问题整改到位。", []),
        ("县政府把审计整改工作摆在突出位置，逐项明确责任单位和整改时限。", []),
        ("会议听取了市审计局关于审计查出问题整改情况的报告。", ["audit_oversight"]),
        ("常委会对审计查出问题整改情况开展跟踪监督。", ["audit_oversight"]),
        ("组织对规范性文件开展集中清理。", ["filing_review"]),
    ],
)
def test_an_audit_named_without_the_congress_acting_is_no_oversight(facts_of, text, expected):
    assert _types(facts_of(text, CITY)) == expected
