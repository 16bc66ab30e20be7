"""Statistics: the numbers a report states about its work, with unit, measure and qualifier.

A number counts when a measure word follows it (召开常委会9次, 33个选题, 150余人次).
Dates, ordinals (第6位), codes (G347, PM2.5), percentages, a periodical's issue or a project's phase
(1760 期, 产业园三期) and numbers inside quotes or titles (“四下基层”, 《…》, a decision's title written
bare: 关于…等七个设区的市…的决定) are names, not statistics; nor are the stages a work is divided into
(4个阶段: data/uncounted-nouns.csv); the percentage a satisfaction evaluation gives (满意率为98.56%,
满意率达百分之九十六点五: digits or words, :data:`numerals.PERCENT`), the rates of handling and of the congress's own means
(办结率, 整改完成率, 人大预算联网监督系统覆盖率: :data:`_RATE`), a share of the congress's work (解决的占建议总数的74.2%)
and its change on the year before (代表建议较上年增长25.3%) are.
The economy's results a report quotes (降本减负585.7亿元), money other than an audit's findings or a voted project's
funds (资产总额, 总投资) and the households and institutions others served (350户, 中小学7所) are not the
oversight's; a count after 这 that refers back to a figure stated before is that figure. Chinese numerals
are counts only where the genre uses them as counts (开展专题询问九次, 先后三次).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from loaders.extract import dating, plans
from loaders.extract.measure_classes import (AREAS_COVERED, NOT_WORK_WORDS, RATED, classes, measure_class, pattern_of, units_in,
                                             units_of)
from loaders.facts import Statistic
from loaders.lexicon import areas
from loaders.lexicon.first_chars import finditer, quick
from loaders.lexicon.normalise import normalised
from loaders.lexicon.numerals import ABOUT, NUMBER, PERCENT, PERCENT_MARKS, parse, percent, to_number
from loaders.extract.spans import Span, strip_span
from loaders.lexicon.patterns import COUNT_NUMERAL_CHARS, HAN, LIST_JOINERS, NUMERAL_CHARS, SMALL_NUMERAL_CHARS
from loaders.lexicon.tables import column, rows
from loaders.lexicon.triggers import triggers

if TYPE_CHECKING:
    from loaders.extract.context import Context

# A count of visits per place or household (检查企业12797家次, 走访群众3000户次, 检查经营主体14万个次: aq05, round 47) is a unit
# of its own, as 人次 is; so are
# cases in 宗 (行政处罚242宗), as in 起 (n28), and the revisions a report or a draft took (报告作了9处修改, o03; other
# counts in 处 are places: _REVISIONS). Visitors received in groups (接待来访3091批次) and events held (宣讲活动208场次)
# are counted in 批次 and 场次 as written, as 人次 is (ad33, ab59). Aspects counted (五方面存在的问题, 十方面民生实事项目,
# 从七个方面, 5个方面) are how a text groups its points, no count of work, in any numerals: 方面 is no unit, and after 个 an
# uncounted noun (data/uncounted-nouns.csv; round 40's ruling 4 withdrew round 22's, which counted 十方面 in 方面).
# The units are data/count-units.csv's, in its order (a longer unit before the one it opens: 人次 before 人).
UNITS = column("count-units", "unit")
# Hours as written (3个多小时, 2个半小时): the unit, what the form adds to the number, its qualifier.
# The groups and routes a piece of work is split into (检查组分两组进行, 分4路实地查看, 分5路赴10个区): counted in 组 and 路
# only right after 分 (分成, 分为), as the readable golds give them (aa11, al47, l07; 分成4个小组 is counted in 个 already);
# elsewhere 组 and 路 name a group or a road (第一组, 3路公交). Persons split into groups (代表们分为四组审议, 常委会组成人员
# 分三组: ae47 and the heldout fixture h1 count none) are the sitting's or the members' arrangement, no count.
_SPLIT_UNITS = units_in("split")
_SPLIT = re.compile(r"(?<!人员)(?<!代表)(?<!委员)(?<!们)分(?:成|为)?$")
_SPLIT_WORDS = re.compile(r"(?:将|共|先后)?分(?:成|为)?$")
_HOURS = {"个多小时": ("小时", 0, "多"), "个半小时": ("小时", 0.5, None), "个小时": ("小时", 0, None)}
# The economy's, the government's or the police's results a report quotes (为企业降本减负585.7亿元,
# 市场主体突破130万户, 抓获犯罪嫌疑人8人): figures of what others achieved, not of the oversight
# (PROVENANCE-j-a j18, PROVENANCE-i-b i36; data/results-of-others.csv).
_OTHERS = re.compile("|".join(f"(?:{p})" for p in column("results-of-others", "pattern")))
# What the congress and its deputies do or have, which no phrasing of others' results takes away (建成12836个代表
# 联络站, 新增代表建议, 两个老旧小区改造项目 visited: PROVENANCE-h-a a25-style counts of the congress's own).
# A procuratorate's 检察建议 is its own (the judiciary's cases: data/results-of-others.csv), no deputy's 建议.
_OWN_WORK = re.compile(r"代表|人大|联络站|联系点|之家|议案|(?<!检察)建议|意见|监督|执法|审议|视察|调研|检查|询问|评议|测评|法规|条例|项目")
# The parts of a figure told after it in its sentence (共办理公益诉讼案件174件，其中生态环境领域35件，安全生产领域25件):
# a figure of others broken down, whose parts are others' too (as 承办政协提案139件，其中重点督办提案5件).
_PARTS_OF = "其中"
_SENTENCE_ENDS = "。；;\n"
# A count of reports (道路和供热工程等基础设施建设情况三个专项工作报告, i14) counts the reports heard, whatever works
# their titles name.
_REPORTS_COUNTED = re.compile(r"[^，,。；;、\d]{0,6}?报告")
# Numbered political formulas (四个意识, 八项规定): a numeral and a measure word that count nothing.
_FORMULA = re.compile("|".join(re.escape(f) for f in column("formulas", "formula")))
# Some pages set numbers apart with blanks (召开常委会会议 10 次).
# A number does not start inside another (省第十五次: not 五次) or after an ordinal's 第.
_STAT = quick(rf"(?<![第\dA-Za-z.．\-:/：{NUMERAL_CHARS}]){NUMBER}[ \u00a0]?(?P<unit>{'|'.join(re.escape(u) for u in UNITS)})")
# A measure word that starts a longer word is no measure word (十六人大, 三个年, 八项规定 stay names); 个 before 人大 is
# one (18个人大代表联系点, 18个人大街道工委: the congress's bodies counted, not 个人).
_COMPOUND = {"人": "大民员口", "部": "门署分长", "项": "目", "名": "单称义", "个": "人性体", "次": "数序", "件": "事",
             "条": "件例", "家": "庭长属乡", "期": "间限", "场": "所景地合", "篇": "章", "位": "置于", "份": "额子量",
             "起": "草诉到步点来止算至施始见", "宗": "旨教族师派", "处": "理罚置室长分级"}  # cases (移送案件线索15起), not a start or a draft (3起草, 1起施行)
_CONGRESS = "人大"
# Percentage points (比上年下降1.5个百分点): the difference of two rates a report quotes, no count.
_POINTS = "百分点"
_CN_COUNT_PREFIX = re.compile(r"(?:共|共计|累计|先后|全年|开展|召开|举行|组织|审议|听取|制定|检查|视察|调研|进行)$")
_BOUNDARY = "，,。；;：:、—\n"
# Nouns that divide a piece of work rather than count it (从四个方面, 分为三个阶段), or what a speech
# has (呈现三个特点, 两个字), in any numerals (4个阶段) or only in words (四个方面): data/uncounted-nouns.csv.
_PARTS = re.compile("|".join(column("uncounted-nouns", "noun")))
_PARTS_IN_DIGITS = re.compile("|".join(row["noun"] for row in rows("uncounted-nouns") if row["numerals"] == "any"))
# Comrades are counted where their sentence decides on them (陈月洪、朱春龙两位同志辞去县人大常委会委员, 任命肖世强等100名
# 同志为人民陪审员, 为两名同志颁发任命书, 参加此次述职的四位同志: r21 r25 r31), as officials counted by office are; elected
# or sworn in (两名同志分别当选, 两位新当选同志面对宪法宣誓) or speaking they are the persons of a news item. A motion on their
# taking office (寧書橋等10名同志的任職議案, 门少起、徐立山两名同志的任职议案: ac45, round 47) decides on them as 任命 does; their
# time in office (任职期间) does not.
_COMRADES = "同志"
_DECIDED_ON = re.compile(r"辞去|辞职|任命|任职(?!期间|以来|时)|免去|免职|任免|撤销|述职")
_SENTENCE_REACH = 60  # the characters read either side of a count for its sentence's decision


def _after_last(text: str, marks: str, low: int, at: int) -> int:
    """Where the stretch of ``text`` ending at ``at`` begins: right after the last of ``marks`` in ``text[low:at]``,
    else at ``low``."""
    return max(max(text.rfind(c, low, at) for c in marks) + 1, low)


def _uncounted(text: str, at: int, nouns: re.Pattern[str]) -> bool:
    """Whether the noun at ``at`` is one of ``nouns`` that count no work (data/uncounted-nouns.csv), comrades a
    personnel decision counts aside (:data:`_DECIDED_ON`)."""
    noun = nouns.match(text, at)
    if noun is None or not noun.group().endswith(_COMRADES):
        return noun is not None
    low, high = max(0, at - _SENTENCE_REACH), min(len(text), at + _SENTENCE_REACH)
    start = _after_last(text, "。；;\n", low, at)
    ends = [i for i in (text.find(c, at, high) for c in "。；;\n") if i != -1]
    # the decision is read around the noun, not in it (两位新任命的同志手抚宪法: sworn in)
    return (_DECIDED_ON.search(text, start, at) is None
            and _DECIDED_ON.search(text, noun.end(), min(ends, default=high)) is None)
# What comes before a numeral that is part of a longer number or an ordinal (第三十一次).
_NUMERAL_BEFORE = NUMERAL_CHARS + "第"
# The words before a session's number (十四届全国人大四次会议, 省十二届人大三次会议).
_SESSION = re.compile(r"届[^，,。；;]{0,8}$")
# A figure this large stated again with its unit, of the same thing (836件建议 … 从836件代表建议中), is the
# same figure restated (a headline's, a summary's), counted once; smaller ones often count different things
# alike, and so does a large one of another thing (代表提出的220件建议 … 代表对办理过程满意的有220件, k25).
_RESTATED = 20
# A figure of any size told again with a noun after it of this many characters or more that lies in the earlier one's words, or
# holds them (确定民生实事候选项目6个 … 并对6个民生实事候选项目进行投票, u33; 两个被评议单位负责人 … 对两个单位进行满意度测评,
# 12位常委会组成人员 … 12位市人大常委会组成人员就…, round 29: f24 i21 z53 aa21) names one thing, counted once; a figure
# with no noun after it (6件, 法规6件) may count different work alike, and two bundles of one size (〈A条例〉等3件地方性法规 …
# 〈B条例〉等3件地方性法规) are told apart by their titles.
_NAMED_NOUN = 2


# A numbered item of a list (一、…; （二）…; 3. …) told on a line of its own: a figure told again in another such item is that
# item's own (a rating's tally per suggestion: 一、…发出测评表28张，收回28张，满意票25票 … 二、…发出测评表28张，收回28张, dev aw55),
# not a restatement, which a headline, a lead or a summary outside the items still is (round 47).
_NUMBERED_ITEM = re.compile(rf"\s*(?:[{SMALL_NUMERAL_CHARS}]+、|[（(][{SMALL_NUMERAL_CHARS}\d]+[)）]|\d+[、.．](?!\d))")


def _item_at(text: str, at: int) -> int | None:
    """The start of the line holding ``at`` when that line opens a numbered item of a list (:data:`_NUMBERED_ITEM`),
    else None."""
    line = text.rfind("\n", 0, at) + 1
    return line if _NUMBERED_ITEM.match(text, line) else None


def _other_items(item: int | None, other: int | None) -> bool:
    """Whether two figures lie in two different numbered items of a list (:func:`_item_at`): neither restates the other."""
    return item is not None and other is not None and item != other


def _same_noun(noun: str, other: str) -> bool:
    """Whether a noun or measure of one figure names what one of another names: one holds the other's last
    word (代表建议 / 建议; 常委会从836件代表建议中选出 / 代表建议; 代表提出建议 / 代表建议中确定…)."""
    return bool(noun and other) and (other[-2:] in noun or noun[-2:] in other)
# A count right after a demonstrative (这14件建议中, 代表对这3件重新办理的建议表示满意) refers back to a figure already
# stated, of any size and in any measure word (14件重点办理的代表建议, 代表不满意的3个建议): counted there, not
# again. One that states no earlier figure is the only count told (决定批准这三个报告, j01) and is kept.
_DEMONSTRATIVE = re.compile(r"(?:这|该|此|上述|前述)$")
# Money counts as the oversight's only as an audit's findings and their handling (违规金额, 管理不规范金额, 挽回损失,
# 核减投资额, 整改问题金额: i29 j18 n16 p15 q17), as the funds of projects the congress voted (票决的两个项目累计投资,
# j38) or as funds its work moved (督促落实专项资金500万元); otherwise it is others' money a report quotes: a state-asset report's balance sheet (资产合计, 负债总额,
# 所有者权益, 营业收入, 净利润, 上缴税费: u31), a plan's or a project's investment (总投资, 资本金: s23 t21).
_MONEY_UNITS = units_in("money")
_MONEY_OF_OVERSIGHT = re.compile(r"审计|违规|违纪|不规范|处理处罚|罚没|损失|浪费|挽回|追回|收回|核减|审减|整改|问题金额|票决"
                                 r"|民生实事|人大|代表|督促|督办|推动")
# Households and institutions (户, 所) count the government's works and services (完成家电配置350户, 新建中小学7所,
# 辖区431户低保对象, 共有国有企业215户: b15 t33 u31) unless the congress's members went to them (累计入户走访800余户,
# 走访群众不少于6户: n36 f27; no readable gold counts a 所).
_SERVED_UNITS = units_in("served")
_VISITED = re.compile(r"走访|入户|察看|视察|检查|调研|抽查|暗访|慰问|联系|接待")
# A bundle of laws amended by one act counts its laws, inside its title too
# (《〈江苏省高速公路条例〉等四件地方性法规(修正草案)》: a16, f34, i12).
_BUNDLE = re.compile(r"[〉》]等$")
_BUNDLE_TITLE = 12  # the characters of the title before a bundle's count that tell two bundles apart
# A name in quotes (“四下基层”, “两个维护”) closes within this many characters of a number in it.
_NAME_IN_QUOTES = 20
# A statistic's fragment reaches no further than this from its number (a clause is far shorter).
_REACH = 200
_HAN = re.compile(HAN)
TRIGGERS = triggers()
# Units that count people, money, households or institutions, never activities (count-units.csv's rows of activities 0).
_NOT_ACTIVITY_UNITS = frozenset(row["unit"] for row in rows("count-units") if row["activities"] == "0")
# The unit of laws: a number of laws counts inspections, one per law (检查6部法律实施情况, 开展执法检查5部), and
# nothing else (审议法律草案5部 is no oversight).
_LAWS_UNITS = units_in("laws")
# A satisfaction rate: what was rated, up to 满意度/满意率, then its percentage (98.56%, 94%以上).
# Besides satisfaction, the rates of the deputies' own work (代表述职率, 出席率) and of the handling of
# their suggestions and motions (办复率, 答复率, 办结率, 落实率: k19 k27, and j11's 按时办结率 as a share) or of the
# audit's findings (整改率, 落实率 of 审计整改),
# which the golds count as statistics of the oversight; rates told together (办复率和代表满意率均为100%,
# 见面率、答复率、满意率均为100%) are one statistic each. The share of those satisfied or fairly satisfied (代表对建议办理
# 工作表示满意或基本满意的超过90%, “满意+基本满意”率达到100%) is a satisfaction rate too.
# The rates of replying to and settling what was handed over (办复率, 答复率, 回复率, 办结率) are the loop's by their words,
# whatever the clause says before them (今年，办结率为97.5%; 交办问题194件，办结188件，办结率达到96.9%: y49), unless the
# sentence or the one before names others' handling (a hotline's, a court's cases, the CPPCC's proposals: :data:`_HANDLED_BY_OTHERS`); the rates of
# carrying out and rectifying (落实率, 整改率) must be of suggestions, motions, an audit or the congress's findings (:data:`_OF_SUGGESTIONS`), a
# project's being no oversight. Source: a first-time analyst (round 33: 今年，办结率为97.5% and 办结率为百分之九十七点五 gave
# nothing, 建议办结率为97.5% gave the rate).
# A rate is also told as the share (比例, 比率) of a named outcome (代表对办理工作表示满意的比例为97.4%, 建议办结的比例达100%),
# and the rate of solving as 解决率, the solved told with the basically solved (解决和基本解决率为73.7%): a first-time
# analyst's round 34 (newuser19 §5: both gave no statistic); the outcome's rate word reads it (:func:`_rate_key`).
_REPLY_RATES = ("办复率", "答复率", "回复率", "办结率")
_HANDLING_RATES = (*_REPLY_RATES, "落实率", "整改完成率", "整改到位率", "整改率", "解决率")
_OUTCOME_SHARE = r"(?:满意|解决|办结|办复|答复|落实|整改)的?(?:比例|比率)"
_SHARE_WORD = re.compile(r"的?(?:比例|比率)$")
_HANDLED_BY_OTHERS = re.compile(r"热线|12345|政务服务|案件|诉讼|审判|政协|提案")
# The share of deputies taking part in the congress's activities (全区11.5万名五级人大代表参加活动，参与率达90%: ag03) is
# a rate of their own work, as 出席率 is, where its sentence or the one before names deputies (群众参与率 is others').
_DEPUTIES_RATE, _DEPUTIES = "参与率", re.compile("代表")
_NAMED_RATE_WORD = (rf"(?:满意(?:或|和|、|\+|＋)基本满意”?(?:的|率)?|解决(?:或|和|、)基本解决率|{_OUTCOME_SHARE}|满意(?:度|率)"
                    rf"|述职率|见面率|出席率|{_DEPUTIES_RATE}|{'|'.join(_HANDLING_RATES)})")
# Any other rate (覆盖率, 建成率, 登记率) is one of the congress's own means or its deputies' work where its own words name
# them (全市人大预算联网监督系统覆盖率达到100%, 代表联络站覆盖率): a first-time analyst's round 33, class 6; the rates of the
# government's works and of the place (“明厨亮灶”覆盖率, 森林覆盖率, 抽检合格率, 处理率: aa55) are others' results (the
# genre README, round 13: growth rates are the government's results, no oversight statistics).
_RATE_WORD = rf"(?:{_NAMED_RATE_WORD}|{HAN}{{2}}率)"
_NAMED_RATE = re.compile(_NAMED_RATE_WORD)
_CONGRESS_MEANS = re.compile(r"人大|代表|常委会|联络站|联系点")
_RATE = re.compile(rf"(?P<what>(?:[^，,。；;：:、\n\d]{{0,16}}?{_RATE_WORD}(?:[（(][^（()）\d]{{1,10}}[）)])?(?:、|和|及|与))*"
                   rf"[^，,。；;：:、\n\d]{{0,16}}?{_RATE_WORD})"
                   r"(?:最[高低](?:的是[^，,。；;：:\n\d]{1,16})?[，,])?"  # a rate ranked (满意率最高，为96.3%; 满意率最低的是X，仅为88.5%)
                   r"[^，,。；;：:\n\d%]{0,12}?"
                   rf"{PERCENT}(?P<q>以上)?")
# A satisfaction rate told before its word (以98.5%的满意度通过测评, 获得了高于98%的满意度): the percentage, then 的 and the
# rate; a word of "higher than" before it belongs to its evidence.
_RATE_FIRST = re.compile(rf"{PERCENT}(?P<q>以上)?的(?P<what>(?:总体|综合|群众|代表)?满意(?:度|率))")
_HIGHER = re.compile(r"(?:高于|超过|达到|达)$")
# The unit of a count told right before a rate (156件建议办复率达100%): the count's, not the rate's words.
_COUNT_UNIT_LEFT = re.compile(r"^[件项个条名人位家次]+")
_RATE_WORDS = ("满意", "率", "比例")  # one of them is in every _RATE match
# One rate of rates told together, and what a handling rate must be of (a project's 落实率 is no oversight).
_ONE_RATE = re.compile(rf"[^、和及与]*?{_RATE_WORD}(?:[（(][^（()）]*[）)])?")
_ONE_WORD = re.compile(_RATE_WORD)
# (or of an audit's findings rectified: 审计整改直接落实率为88.97%, 综合整改率达94%, a new user's budget study, round 17),
# or of what the congress's own work found or handed over (检查发现问题十五个，整改完成率达百分之八十; 交办问题整改到位率为95%;
# 审议意见落实率: a first-time analyst's round 33, class 6), the loop of the oversight as an audit's findings are.
_OF_SUGGESTIONS = re.compile(r"建议|议案|审计|发现|交办|审议意见")
# A share of the congress's or its deputies' work (PROVENANCE-i-a i04, PROVENANCE-j-a j03 j11): what is
# counted, 占, the whole it is a share of, its percentage (…解决的占建议总数的74.2%, 建议数量占46%,
# 办理任务1212件、占比99.4%); the whole may be of a year (占2020年全市代表建议数的94.7%: aw05, round 47).
_SHARE = re.compile(r"(?P<what>[^，,。；;：:、\n%％]{0,30}?)(?:的|数量)?占(?P<whole>(?:\d{4}年度?)?[^，,。；;：:、\n\d%％]{0,12}?)"
                    rf"(?:的|为|达到?)?\s*{PERCENT}(?P<q>以上)?")
# The work a share's sentence must be about: a share of the economy (民营经济占比55%) is no oversight.
# An audit's own figures count (i29, j18); so do the shares of a satisfaction evaluation's answers (其中“满意”690件，占91.4%)
# and of the questions an inquiry raised (询问了378个问题，当场解决的275件，占72.8%), told in a sentence of their own.
_SHARE_OF_WORK = re.compile(r"建议|议案|意见|法规|条例|代表|审议|监督|执法|办理|办结|审计|满意|询问")
# How far back a share's sentence is read for its work.
_SHARE_REACH = 120
# A sentence opening a breakdown (其中，经济发展方面40件，占15%) breaks down the total of the sentence before it (交由政府办理的
# 代表建议共266件，占总数的91.4%。), whose words tell the work its shares are of (aw07: five shares of suggestions by topic
# gave none; round 47).
_BREAKDOWN_OPENING = re.compile(r"\s*其中")
# A rule's threshold (满意率低于60%的建议); 超过 is one only before 的 (满意率超过…%的), else a result (满意的超过90%).
_THRESHOLD = re.compile(r"低于|不到|不足|未达|少于")
_ABOVE = "超过"
# Rates listed and then counted as a set of full marks (见面率、办结率、满意率三个100%, 两个百分之百): the handling's slogan,
# a target its units pledge (确保…三个100%) or claim in its words, no rate measured (round 50: as09 az45, the golds giving none
# of the five; rates told together by 均为, 见面率、办结率均为100%, stay each a statistic).
_RATES_COUNTED = re.compile(rf"(?:\d+|[{COUNT_NUMERAL_CHARS}]+)个\s*$")
_PERCENT_COUNTED = re.compile(rf"\s*{PERCENT}")  # the slogan's count (三个100%): no count of work either
# Levels listed before a counted noun (市、县两级人大代表, 省、市、县三级): one noun, whose 、 ends nothing.
_LEVELS_LISTED = r"[省市州县区乡镇](?:、[省市州县区乡镇])+"
_LEVEL_LIST = re.compile(_LEVELS_LISTED)
_NOUN_CAP = 12  # the characters of a noun run (:func:`_to_word_end` reads past them to the end of the word they cut)
_HAN_RUN = re.compile(f"(?:{_LEVELS_LISTED})?{HAN}{{0,{_NOUN_CAP}}}(?:[（(][^（()）]{{1,20}}[）)]{HAN}{{0,8}})?")
# A run cut at its length inside the head noun after a 的 (11件存在合法性问题的规范性文件, 12个县（市、区）预算执行情况的实时
# 监督) goes on to that noun's end, a clause's boundary or a word of :data:`_NOUN_END`, when that is this near: the measure
# is never a word cut (a fresh user's round 35: 存在合法性问题的规范性文, 县（市、区）预算执行情况的实); a run holding no 的, or
# whose end is further, is a predicate's and stays cut.
_HEAD_AFTER_DE = 6
_HEAD_END = re.compile(rf"(?:{HAN}{{0,{_HEAD_AFTER_DE}}}?)(?=[^\u3400-\u9fff]|$)")
# The verbs after which a count counts the noun after it; 安排 among them (建议安排5项议程, 共安排20项监督议题: agenda items and
# items of oversight, not the suggestions or the arranging its words before name; a first-time analyst's round 38).
_COUNTING_VERB = (r"(?:开展|进行|组织|召开|涉及|围绕|检查|联系|邀请|审议|听取|制定|作出|形成|举办|发放|批准|审查|办理"
                  r"|督办|收到|接受|评议|测评|视察|走访|通过|交办|交由|承办|组成(?!人员|部门)|组建|成立|安排)")
# (a verb told done, 组成了6个调研组, 共设立了7个执法检查组, counts the noun after it as the bare verb does: a first-time
# analyst's round 39, issue 10 §5, found measures that were fragments, 设立, 组成)
_VERB_END = re.compile(f"(?:{_COUNTING_VERB}|设立)了?$")
# The verb that opens a list sharing a count when its first item is longer than :data:`_LIST_ITEM` (收到报送备案的
# 行政法规、地方性法规和司法解释1743件): the list is counted from it, the agent before it left out.
_LIST_OPENING_VERB = re.compile(f"{_COUNTING_VERB}(?!.*{_COUNTING_VERB})")
# A count with its measure word (2次, 两项): a list item holding one is counted on its own; a year (2023年) is not one.
_COUNT_IN_ITEM = re.compile(rf"(?:\d+|[{NUMERAL_CHARS}]+)\s?(?:{'|'.join(re.escape(u) for u in UNITS)})")
# What a count is of starts after the time, the agent and a place doing something (全区开展执法检查 →
# 开展执法检查); a place that is part of the noun stays (全国人大代表).
# A list item's number (一、执法检查（2项）, （二）, 3.) opens no measure either (a fresh user's round 35: 一、执法检查).
_FILLER = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．](?!\d)"
                     r"|一年来|五年来|全年|今年|本届以来|共|累计|先后|其中|同时|此外|并"
                     rf"|(?:[省市州区县]?(?:人大)?常委会|全省|全市|全区|全县|全州|全镇|全乡)(?=全年|今年|共|累计|先后|依法|举行|将|拟|{_COUNTING_VERB}))+")
# A fragment that is more than a noun (a verb, an example list with 等) counts on its own.
_NOT_SHARED = re.compile(r"等|开展|进行|组织|召开|举行|围绕|聚焦|深入|推进")
_LIST_VERB = re.compile(r"^(?:听取和审议|听取审议|听取并审议|听取|审议|开展|组织|召开|举行|进行)")
# One item of a list that shares a count: a short run without digits or other breaks.
_LIST_REACH = 30  # a clause's characters read for what a share counts (1212件、占比99.4%)
_LIST_ITEM = re.compile(r"[^，,。；;：:、\n\d]{1,12}$")
_CLOSE = re.compile(r"[)）]")
# Where a counted noun follows the number (399名全国人大代表保持联系), it ends before its verb, or before an adverb
# or a verb of having, attending or going on (代表认真审议, 镇长轮番上阵, 负责人则一一作答, 经营主有着强烈的…意识,
# 代表出席会议, 建议由相关部门继续办理).
# A preposition, negation or conjunction ends it too (负责人在应询席…, 建议未到办复时限…, 结果并及时反馈, 代表向选民述职,
# 代表团以代表团名义, 常委会对…, 代表予以表彰; not inside a noun: 规则, 方向, 针对, 给予, 理由), a conjunction
# only before a count of its own (6个市及其所属1个县; 14件法律和决定草案 share theirs): a measure cut there is a noun,
# not a noun and the first characters of its predicate or of the next counted item.
_NOUN_END = re.compile(r"(?:满意率|满意度|(?:办复|答复|回复|办结|落实|整改)率|保持|参与|参加|列席|已|逐一|进行|开展|出台|提出|得到|获得|完成|办理|全部|均|实现|覆盖|形成|交|为|被"
                       r"|了解|座谈|听取|反映|提交|报送|同步|同时|赴|深入|分别|共同|联合|负责(?!人|同志)"
                       r"|有着|具有|出席|到会|到场|(?:联系)?接待(?![室站日点处])|如期|按时|认真|轮番|一一|纷纷|踊跃|积极|主动|继续|相继|陆续|依次|进入|表示|选举(?!委员会|工作|办法)"
                       r"|(?<![规原细准法守否实总])则|(?<![可所难予加得])以(?![上下来内外及])|(?<![方意导倾走指面转取])向"
                       r"|(?<![给授赋准])予|(?<![理自缘来经])由|(?<![针相绝核应面反])对(?![口象外接照应比策])"
                       r"|(?<![存所现实内潜自])在|未(?!成年)|将(?![军领])|(?:研究|重点|统一)(?=办理|督办)|(?<![合兼])并|(?:和|及(?!时)|(?<!参)与(?!会))(?=[^，,。；;、\d]{0,8}?\d))")
# What a measure may not end with: a conjunction joining the next item of a list (3次专题询问和5项专题调研,
# 65名镇代表和30名列席代表), or an opening bracket or quote whose content lies beyond the measure.
_DANGLING = "和及、(（“‘《"
# Words a clause's fragment may open or close with that name nothing counted: an aspect particle or adverb left of
# the clause before (了关于…, 且安排…, 并…, 还…), or a word of "of which", "in all", "reaching" before the number
# (通过其中24件, 整改问题金额达…, 常委会从836件…): two analysts grouping /statistics by measure found such fragments; a
# modal of work to come (将, 拟: 拟安排10名左右…负责人), which the figure's status tells (issue 10 §5).
_LEADING_PARTICLE = re.compile(f"^(?:了|且|并且|并|还|又|也|均|已经|已|的|将|拟)+(?={HAN})")
# A word of degree before the number (在长达4个小时的交锋中, 收到建议多达300件, 高达) goes whole: cut at its 达 it left 在长,
# 收到建议多 (a first-time analyst's round 39, issue 10 §5).
_TRAILING_PARTICLE = re.compile(f"(?<={HAN})(?:其中|共计|共|(?:长|多|高|累计)?达到?|有|从|{ABOUT}|近|的|了)+$")
# Words before a number that do not name what it counts (对, 其中, 与 …), nor does a verb of having (共有12名正式代表)
# or the whole area the count is of (全镇58名镇人大代表).
# What a rating takes as its object, counted (并首次对两个报告开展满意度测评, 对5个单位进行工作评议): the things rated, measured
# as such (测评的报告), never as the things the count's noun alone names (报告: the reports heard, summed with 听取审议专项
# 工作报告15个 by a fresh user's round 35).
_RATED_OBJECT = re.compile(r"对[这该此]?$")
_RATING_AFTER = re.compile(rf"(?:开展|进行|组织)了?{HAN}{{0,4}}?(?P<rating>测评|评议)")
# Reports counted as what an inquiry was held on (对“一府两院”三个报告同时开展专题询问, 对两个报告进行询问): the reports, no
# questions asked, whatever the inquiry's words around them (a first-time analyst's round 38: 3 reports summed as questions).
_OBJECT_BEFORE = re.compile(r"对(?:[这该此]|“[^“”]{1,8}”)?$")
_INQUIRED_AFTER = re.compile(rf"{HAN}{{0,4}}?(?:开展|进行|组织|举行)了?{HAN}{{0,4}}?询问")
_REPORTS = "报告"
# A determiner (委托其他8个设区的市人大常委会, 其余3件) names nothing counted either: the noun after it does (a fresh user's
# round 35: 委托其他 was a measure); nor does the place a count is of, named by a demonstrative (该县24位人大代表, 本市, 我县:
# a first-time analyst's round 39, issue 10 §5, found the measure 该县), as a whole area (全县) is not.
_NOT_MEASURE = re.compile(r"(?:对|与|和|其中|通过其中|的|等|向|把|将|委托|推动|深入|走访|组织|赴|到|前往|有|[全该本我此][省市州区县镇乡]"
                          r"|其他|其它|其余|另外|本级)[这该此]?$")
# A preposition right after a count (其中86条在法规中得到采纳, 其中2件由市政府办理) opens its predicate, no noun: the count's
# noun is elided, its measure the words before it, else the predicate; not a word it begins (在建项目, 对口帮扶单位) nor a
# clause closed by 的 before its noun (5件在审查中发现问题的文件).
_PREDICATE_OPENS = re.compile(r"[在于对向由从把将](?![建职校编岗册线口象外接应照])(?![^，,。；;：:、\n]*的)"
                              r"|中(?=[，,。；;：:、\n]|$)")  # 其余40件中: among them


def _inside_quotes(text: str, index: int) -> bool:
    """Whether ``index`` lies inside a short “…” or 《…》 (a name, not a count); a long quotation
    (a passage of a report quoted whole) holds counts like any other text."""
    for opening, closing in ("“”", "《》"):
        last_open = text.rfind(opening, max(0, index - 40), index)
        if last_open != -1 and text.rfind(closing, last_open, index) == -1 and (
                opening == "《" or text.find(closing, index, index + _NAME_IN_QUOTES) != -1):
            return True
    return False


def _fragment(text: str, start: int, end: int) -> tuple[int, int]:
    """The 、/comma-delimited stretch around ``start:end``, at most :data:`_REACH` characters either side.

    It reaches back over a list of names that share the count (国务院、最高人民法院…工作报告24个) and
    over a name in quotes holding a comma, and forward over a parenthesis (31个省（自治区、直辖市）).
    """
    low = max(0, start - _REACH)
    left = _after_last(text, _BOUNDARY, low, start)
    opened = text.rfind("“", low, left)
    if opened > text.rfind("”", low, left) and text.find("”", left, start) != -1:
        # a comma inside a name in quotes (“聚民意,惠民生”行动代表建议151件) is no boundary
        left = _after_last(text, _BOUNDARY, low, opened)
    shared = not _NOT_SHARED.search(text, left, start)
    while shared and left > low and text[left - 1] == "、" and (item := _LIST_ITEM.search(text, low, left - 1)) and (
            item.start() == low or text[item.start() - 1] in _BOUNDARY):
        left = item.start()
    if shared and low < left < start and text[left - 1] == "、":  # a first item too long for one: from its verb
        clause = _after_last(text, _BOUNDARY, low, left - 1)
        verb = _LIST_OPENING_VERB.search(text, clause, left - 1)
        if verb and not _COUNT_IN_ITEM.search(text, clause, left) and not _LIST_OPENING_VERB.search(text, left, start):
            left = verb.start()  # (not a list of counted items, 开展2次专题询问、11项专题调研, nor of verb phrases)
    if low < left < start and text[left - 1] == "、":
        left = _places_listed_before(text, low, left)
    high = min(len(text), end + _REACH)
    levels = _LEVEL_LIST.match(text, end)  # 40多名市、县两级人大代表: the list of levels is the noun's, no boundary
    rights = [i for i in (text.find(c, levels.end() if levels else end, high) for c in _BOUNDARY) if i != -1]
    right = min(rights) if rights else high
    opened = text.rfind("(", end, right) if "(" in text[end:right] else text.rfind("（", end, right)
    if opened != -1 and not _CLOSE.search(text, opened, right):
        closed = _CLOSE.search(text, opened, high)
        if closed:
            rights = [i for i in (text.find(c, closed.end(), high) for c in _BOUNDARY) if i != -1]
            right = min(rights) if rights else high
    return left, right


_PLACE_SIZES = (4, 3, 2)  # an area's name as a list of places writes it: 长阳县, 株洲, 恩施州
_VERB_SIZE = 4  # the most characters of an item before a list's first place (先后赴) taken with it
_VERBS_BEFORE = re.compile(f"{_COUNTING_VERB}(?:{_COUNTING_VERB}|了)*$")  # 批准, 审查批准了 right before it


def _places_listed_before(text: str, low: int, left: int) -> int:
    """Where a fragment starting at ``left``, right after a 、, starts when it opens with the last place of a list
    closed by 等 (批准长沙、株洲等设区的市…报批的地方性法规173件): at the list's first place, or at the verbs right before
    it (审查批准了杭州, 批准长沙) or its short item (先后赴永川), so the measure never starts inside a list of places (a
    first-time analyst's round 27: 「株洲等设区的市…」 lost its verb and its class, regulations approved); ``left``
    where the fragment opens with no place and 等 or the item before ends with no place."""
    if not any(text.startswith("等", left + size) and areas.named(text[left : left + size]) for size in _PLACE_SIZES):
        return left
    while low < left and text[left - 1] == "、" and (seat := areas.seat_before(text, left - 1)) is not None:
        item = _after_last(text, _BOUNDARY, low, left - 1)
        if seat[0] > item:  # the list's first place: with the verbs right before it, or a short item whole (先后赴)
            verbs = _VERBS_BEFORE.search(text, item, seat[0])
            return verbs.start() if verbs else item if seat[0] - item <= _VERB_SIZE else seat[0]
        left = item
    return left


def _counts_before_noun(text: str, match: re.Match[str], following: str) -> bool:
    """A Chinese count before its noun (召开两次全体会议, 督办十二件重点建议, 四名代表): not one (一次 is
    "once", an article), not the tail of an ordinal
    (第三十一次), nor the parts of a whole (四个方面)."""
    num, start = match.group("num"), match.start("num")
    return not (num == "一" or not _HAN.match(following) or (start and text[start - 1] in _NUMERAL_BEFORE)
                or _uncounted(text, match.end(), _PARTS))


# The sessions listed after a session's number (区一届人大二次、三次和四次会议: 三次 is a session too).
_MORE_SESSIONS = re.compile(rf"(?:[、和及至]第?(?:\d+|[{NUMERAL_CHARS}]+)次)*(?:会|全会|党代会)")
# An ordinal's list (常委会第十四、十五次会议, 第3、4次会议): the numbers after the first are ordinals too.
_ORDINAL_LIST = re.compile(rf"第(?:\d+|[{NUMERAL_CHARS}]+)[、和及至]$")


# A party congress or a people's congress numbered without its term or 第 (认真落实省十一次党代会、市十三次党代会精神, 县
# 十六次人代会): its ordinal, unless a verb counts the congresses held (先后召开两次党代会).
_NUMBERED_CONGRESS = re.compile(r"(?:党代会|人代会|党员代表大会)")
_HELD_CONGRESSES = re.compile(r"(?:召开|举行|开了|共|先后|历经|经过)$")


def _numbered_congress(text: str, match: re.Match[str]) -> bool:
    """Whether 次 numbers a congress written without its term (省十一次党代会, 县16次人代会) in any numerals, rather
    than counting congresses held (先后召开两次党代会: :data:`_HELD_CONGRESSES`)."""
    start = match.start("num")
    return (match.group("unit") == "次" and _NUMBERED_CONGRESS.match(text, match.end()) is not None
            and _HELD_CONGRESSES.search(text, max(0, start - 4), start) is None)


def _session_number(text: str, match: re.Match[str]) -> bool:
    """A session's number (十四届全国人大四次会议, 镇二届人大五次会, 本届人大三次、四次会议, 县委十八届六次
    全会, 第十三届四次党代会, 区一届人大二次、三次和四次会议, 街道一届四次议政代表会, 县十八届三次人代会): 次 after a
    term, before 会, 全会, 党代会 or the list of the sessions after it, or right after 人大 or the term's 届, whatever
    body's meeting follows (a count of a term's meetings is told with a verb between: 本届共召开23次)."""
    start = match.start("num")
    return (match.group("unit") == "次" and _SESSION.search(text, max(0, start - 12), start) is not None
            and (_MORE_SESSIONS.match(text, match.end()) is not None or text[max(0, start - 2) : start] in ("人大", "大会")
                 or text[start - 1] == "届"))


# The bodies an organ is made of, counted in the clause that sets them up (年内设有法制委员会1个专门委员会,
# 常委会下设办公室、研究室3个办事机构和…7个工作委员会, 目前设置了11个专门委员会, 共有9个专门委员会): its
# structure, not its work (PROVENANCE-k-a k15: organisational counts are not statistics; so is 成立…6个工作
# 委员会). Bodies counted as taking part in work (10个专门委员会、4个工作委员会参加调研) are counted.
_STRUCTURE = re.compile(r"设有|下设|内设|设立|设置|组建|成立|共有|代管")
_BODIES = re.compile(r"(?:专门|工作)?委员会|办事机构|工作机构|工委|专委")
# The meetings a sitting holds (两次全体会议, 全体会议3次, 6次代表团全体或分组会议): its procedure, no oversight figure
# (round 23, part b 8); a presidium's only where the sentence names the one session (data/sitting-meetings.csv).
_SITTING_MEETINGS = [(re.compile(row["pattern"]), re.compile(rf"(?:{row['pattern']})\s?$"), row["scope"] == "sitting")
                     for row in rows("sitting-meetings")]
_ONE_SITTING = re.compile(r"本次大会|本次会议|此次会议|本次常委会|大会期间|会议期间|会期")
_MEETING_REACH = 16  # the characters before a number its meeting's name may take


def _sitting_procedure(text: str, match: re.Match[str]) -> bool:
    """Whether the count in 次 counts the meetings a sitting holds, named after the number (两次全体会议) or right
    before it (全体会议3次), a presidium's only in a sentence naming the session (:data:`_ONE_SITTING`)."""
    if match.group("unit") != "次":
        return False
    start, end = match.start(), match.end()
    for after, before, sitting_only in _SITTING_MEETINGS:
        if after.match(text, end) or before.search(text, max(0, start - _MEETING_REACH), start):
            if not sitting_only:
                return True
            sentence = _after_last(text, "。；;\n", max(0, start - _REACH), start)
            return _ONE_SITTING.search(text, sentence, _sentence_end(text, end)) is not None
    return False


# Numbers that count no work: the batches or parts work is divided into (分两批, 分为10个阶段), an issue of a
# periodical (2016年8期), a rank (承办建议数量排在前五位的部门), the number of deputies the law requires to join a motion
# (10名以上代表联名提出的议案, 代表十人以上联名); a superlative's 一次 (规模最大的一次) is an article (_ONE_PERSON).
_NOT_A_COUNT = re.compile(rf"分(?:为|成)?(?:\d+|[{COUNT_NUMERAL_CHARS}]+)(?:批|个(?:{_PARTS.pattern}))"
                          r"|(?<=年)\d+期"
                          rf"|前(?:\d+|[{COUNT_NUMERAL_CHARS}]+)[位名]")
_JOINT_MOTION = re.compile(r"以上[^，,。；;、\d]{0,8}?联名")  # after 名 or 人
# The upper bound of a range (分为4至5个小组, 各安排2-3名代表, 每次三到五人) or a number per unit (每3个分组组成一个联组,
# 每两名代表联系一个社区): how many there may be or how work is grouped, no count of work done.
_RANGE_FROM = re.compile(rf"(?:(?:\d|[{COUNT_NUMERAL_CHARS}])[ \u00a0]*(?:至|到|-|－|~|～|—)|每)[ \u00a0]*$")
# An average told in its clause (平均每个乡镇监管所仅有执法人员二点五名, 人均走访选民3户, 平均每件建议办理用时15天): a figure
# per unit, no count of work done, as a number after 每 is (a first-time analyst's round 33: 二点五名).
_AVERAGE = re.compile(r"平均|人均")
# The votes of a rating or a vote told by their choice (满意43票，基本满意6票，不满意1票，弃权0票; 赞成52票), the choice maybe
# named 票 itself (满意票25票: aw55): the rating's result, as its rate is (dev ak43, ar09, aw55: every gold counts each choice's
# votes), in quotes too (the result read out: “…满意152票,基本满意30票…”, ak43); 票 after no choice counts nothing. The choices
# are the ``rating_votes`` row's words of data/measure-classes.csv (round 47).
_VOTES_UNITS = units_in("votes")
_VOTE_CAST = re.compile(rf"(?:{pattern_of('rating_votes').pattern})票?[ \u00a0]*$")
# The forms a rating or a vote handed out and took back (发出测评表28张，收回28张: aw55), counted in 张 (the ``rating_forms``
# row's units) only where that row's words stand within :data:`_FORMS_REACH` characters before the number in its sentence (its clause or
# the one before); any other 张 names a thing (一张蓝图, 七张名片: round 47).
_FORMS_UNITS = units_of("rating_forms")
_FORMS = pattern_of("rating_forms")
_FORMS_REACH = 16
# A minimum due in every period (每年召开人代会不少于两次, 每周巡河至少两次, 每季度开展视察不少于两次): a rule's norm, how
# often work is due, no count of work done (dev af41, ar49 at first sight); a quota per body or person without a period
# (每名代表走访群众不少于6户, f27's gold; 每个社区征集意见不少于20份, z59's gold has none) stays, as round 29 has it.
_MINIMUM = re.compile(r"(?:不少于|不低于|不得少于|至少|最少)[ \u00a0]*$")
_PER = re.compile(r"每(?:一|个|两|半)?(?:年|年度|季度?|月|周|星期|天|日)")
# What a piece of work is measured against or follows, counted right after the verb of reference (对照两部法规逐条进行自查,
# 对照36条重点任务分工查阅资料, 按照三个标准, 依据两部法律): the standard the work applies, no count of the congress's work
# (newuser30 E6: 对照两部法规 gave a statistic of 2 whose measure was 对照法规逐条; the dev golds count no such number).
_MEASURED_AGAINST = re.compile(r"(?:对照|参照|比照|按照|依照|依据)(?:这|此|上述)?[ \u00a0]*$")


# 期 counts courses held or issues put out (举办16期代表履职培训班, 编发简报12期, 发出审议意见52期: ad33); otherwise it
# names a periodical's issue (1760 期 / 第2版: the page's furniture, FRESH-2026-11) or a project's phase (荣文三期西侧过境道路,
# 产业园二期).
_HELD = re.compile(r"(?:举办|举行|开办|开展|组织|编发|印发|编印|出版|刊发|刊出|出刊|发出|下发|办)了?[^，,。；;、\d]{0,10}$")
_COURSE = re.compile(r"[^，,。；;、\d]{0,8}?(?:班|培训|讲座|讲堂|论坛|研讨|简报|专刊|刊物|杂志|课)")


def _issue_or_phase(text: str, match: re.Match[str]) -> bool:
    """Whether a count in 期 names an issue or a phase rather than courses held or issues put out."""
    start = match.start()
    return (match.group("unit") == "期" and not _HELD.search(text, max(0, start - 12), start)
            and not _COURSE.match(text, match.end()))


def _not_a_count(text: str, match: re.Match[str]) -> bool:
    """Whether the number divides work, is a periodical's issue, a project's phase, a rank, a joint motion's
    threshold, rates counted as a slogan (:data:`_PERCENT_COUNTED`), a range's upper bound, a number per unit, the standard a piece of work is measured against or a minimum
    due in every period (:data:`_NOT_A_COUNT`, :data:`_JOINT_MOTION`, :data:`_RANGE_FROM`, :data:`_MEASURED_AGAINST`,
    :data:`_MINIMUM`)."""
    if _issue_or_phase(text, match):
        return True
    start = match.start()
    return (match.group("unit") in ("名", "人") and _JOINT_MOTION.match(text, match.end()) is not None
            or match.group("unit") == "个" and _PERCENT_COUNTED.match(text, match.end()) is not None
            or _RANGE_FROM.search(text, max(0, start - 6), start) is not None
            or _AVERAGE.search(text, _after_last(text, _BOUNDARY, max(0, start - _REACH), start), start) is not None
            or _MEASURED_AGAINST.search(text, max(0, start - 6), start) is not None
            or _MINIMUM.search(text, max(0, start - 5), start) is not None
            and _PER.search(text, _after_last(text, _BOUNDARY, max(0, start - _REACH), start), start) is not None
            or any((m := _NOT_A_COUNT.match(text, start - back, match.end() + 4)) and m.end() >= match.end()
                   for back in (3, 2, 1, 0) if start >= back))


# A page's furniture, how often it was read (【点击率】1017次, 2018-11-14 15:01发布61次查看, 7 次访问): no
# work of the congress (FRESH-2026-11: numbers of a page's furniture are not statistics).
_VIEWS_BEFORE = re.compile(r"(?:点击|浏览|阅读|访问|查看)(?:率|数|量|次数|人次)?[】\]\[:：\s]*$")
_VIEWS_AFTER = re.compile(r"查看|浏览|阅读|访问|点击")
_VIEWS_AFTER_WHAT = re.compile(r"(?:发布|[^\u4e00-\u9fff])$")  # the date, time or 发布 before a page's views
# One of a programme's items (乡人民政府承诺办理的十件实事之一): the number names the programme, it counts
# no work (PROVENANCE-k-b: the names of programmes are not statistics).
_ONE_OF = re.compile(r"[^，,。；;、\d]{0,10}?之一")


# A number in the words of a decision's title written bare (关于许昌等七个设区的市人民代表大会换届选举有关问题的决定(草案),
# 表决通过了10人以上代表联合提名…截止日期的决定, 作出取消…等六项行政许可事项的决定) names, as one in 《》 does. A count
# of decisions (通过8个有关法律问题的决定) or of the laws a decision amends (关于修改〈X条例〉等3件地方性法规的决定: _BUNDLE)
# stays a count.
_DECIDING = re.compile(r"(?:关于|通过|表决|作出|审议)[^，,。；;、\n《》“”]{0,30}$")
_DECISION_TITLE = re.compile(r"(?!(?:有关)?法律问题|[^，,。；;、\n“”《》]{0,24}?(?:地方性法规|法律|法规|条例)(?:和决议)?的决定)"
                             r"[^，,。；;、\n“”《》]{2,40}?的决定")


def _in_decision_title(text: str, match: re.Match[str]) -> bool:
    """Whether the number lies in the words of a decision's title written without 《》 (:data:`_DECISION_TITLE`)."""
    start = match.start()
    return (_DECISION_TITLE.match(text, match.end()) is not None
            and _DECIDING.search(text, max(0, start - 40), start) is not None)


def _furniture_or_name(text: str, match: re.Match[str]) -> bool:
    """Whether the number is a page's count of views, one of an ordinal's list, names the programme an item
    is one of or lies in a decision's title (see :data:`_VIEWS_BEFORE`, :data:`_ORDINAL_LIST`, :data:`_ONE_OF`,
    :func:`_in_decision_title`)."""
    start = match.start()
    return (_VIEWS_BEFORE.search(text, max(0, start - 10), start) is not None
            or (match.group("unit") in ("次", "人次") and _VIEWS_AFTER.match(text, match.end()) is not None
                and (start == 0 or _VIEWS_AFTER_WHAT.search(text, max(0, start - 2), start) is not None))
            or _ORDINAL_LIST.search(text, max(0, start - 8), start) is not None
            or _ONE_OF.match(text, match.end()) is not None
            or _in_decision_title(text, match))


# "Not one" (不漏一户不漏一人, 无一人缺席, 不让一人掉队): a negation, no count of one.
_NOT_ONE = re.compile(r"(?:不漏|不落|不让|不丢|无|没有|未有)$")
# Round the clock (24小时城市书房, 24小时自助图书馆, 二十四小时值守): a service's hours, no time the work took; a duration is
# told with 的 or a verb after it (持续近2个小时的专题询问, 询问历时24小时).
_ROUND_THE_CLOCK = re.compile(r"(?:24|二十四)小时(?=[\u4e00-\u9fff])(?!的)")


# The units a Chinese 一 counts with: one person elected or present (选举产生副镇长一名); with any other unit 一 is an
# article or "once" (the golds of every round count a single piece of work only where it is written 1: 1次专题询问).
_ONE_PERSON = units_in("person")


# What a count in 处 must be of: revisions (作了9处修改, 共修改12处, 修订3处), not places (搬迁1处, 点位6处).
_REVISIONS = re.compile(r"(?:修改|修订|改动)")
_REVISION_UNITS = units_in("revisions")


# A law's or a draft's length in articles (条例共7章45条, 条文少于30条, 全文仅8条, 草案共有42条): its text, no count of
# work (round 29, dev a09; no gold counts one).
_ARTICLE_UNITS = units_in("articles")
_ARTICLES = re.compile(rf"(?:(?:\d|[{COUNT_NUMERAL_CHARS}])章|(?:条文|全文|条例|草案|办法|规定|规则|法律|法规)"
                       r"(?:共有|共计|共|仅有|仅|只有|少于|多于|不足|超过|有)?)[ \u00a0]*$")


# Classes of counted work (round 48; readable dev au05 对12类50项民生实事项目, ax09 代表…提出…意见建议，涉及农牧林水、…、
# 组织人事等八类): a count in 类 (the ``classes`` role) where another count follows it (N类M项, the items it sorts) or
# where it closes a list (等八类) in a sentence naming questions, suggestions, opinions or motions. Else 类 grades water
# (劣五类水, 三类水标准: h33 j38), sorts things or places (把小微水体划分为…等五类, 这两类地方: y35 ao51) or ranks (一类项目:
# m03), which no gold counts; a topic's kinds told before a colon (建议议题主要为两类：, al11) are none either. Measured and
# dropped: classes followed by the work's word (三大方面19类问题, ab13's gold) also counted: readable +1 true, validation +1
# false.
_CLASS_UNITS = units_in("classes")
_CLASSED = re.compile(rf"(?:\d+|[{COUNT_NUMERAL_CHARS}]+)[ \u00a0]?[件项个条]")
_CLASSED_WORK = re.compile(r"问题|建议|意见|议案")
_LISTED_BEFORE = "等"


def _classes_of_work(text: str, match: re.Match[str]) -> bool:
    """Whether a count in 类 counts classes of counted work (:data:`_CLASSED`)."""
    start = match.start()
    if _CLASSED.match(text, match.end()):
        return True
    return (text[start - 1 : start] == _LISTED_BEFORE
            and _CLASSED_WORK.search(text, _after_last(text, _SENTENCE_ENDS, max(0, start - _REACH), start), start)
            is not None)


def _accept(text: str, match: re.Match[str], chinese: bool) -> bool:
    unit_end = match.end()
    unit = match.group("unit")
    vote = unit in _VOTES_UNITS and _VOTE_CAST.search(text, max(0, match.start() - 5), match.start()) is not None
    if unit in _VOTES_UNITS and not vote:
        return False  # 票 counts only the votes a rating or a vote cast (满意43票); 一票否决, 选票 are none
    if _FORMS_UNITS.fullmatch(unit) and not _FORMS.search(
            text, _after_last(text, _SENTENCE_ENDS, max(0, match.start() - _FORMS_REACH), match.start()), match.start()):
        return False  # 张 counts only the forms of a rating or a vote (发出测评表28张，收回28张)
    if unit in _ARTICLE_UNITS and _ARTICLES.search(text, max(0, match.start() - 8), match.start()):
        return False
    if unit in _REVISION_UNITS and not (_REVISIONS.match(text, unit_end)
                                        or _REVISIONS.search(text, max(0, match.start() - 4), match.start())):
        return False
    if unit in _SPLIT_UNITS and not _SPLIT.search(text, max(0, match.start() - 3), match.start()):
        return False
    if unit in _CLASS_UNITS and not _classes_of_work(text, match):
        return False
    following = text[unit_end : unit_end + 1]
    if (unit[-1] in _COMPOUND and following and following in _COMPOUND[unit[-1]] and not text.startswith(_CONGRESS, unit_end)
            or text.startswith(_POINTS, unit_end)):
        return False
    if (_furniture_or_name(text, match) or _sitting_procedure(text, match) or _numbered_congress(text, match)
            or _ROUND_THE_CLOCK.match(text, match.start("num"))):
        return False
    if (_inside_quotes(text, match.start()) and not vote and not _BUNDLE.search(text, max(0, match.start() - 2), match.start())
            or _not_a_count(text, match)):
        return False
    if not chinese:
        return not _uncounted(text, unit_end, _PARTS_IN_DIGITS)  # 分…4个阶段进行: the stages of the work
    if match.group("num") == "一" and _NOT_ONE.search(text, max(0, match.start("num") - 2), match.start("num")):
        return False  # not one (不漏一人)
    if match.group("num") == "一" and unit not in _ONE_PERSON:
        return False  # an article or "once" (进行一次全面的督促检查, 每两月召开一次会议, 检查一批法规, 成熟一个、审议一个),
        # or a project's first phase (集中区一期): a count of one work is written 1 (开展专题询问1次)
    if match.group("num") == "二":
        return False  # 二次审议, 二次测评: a second one; a count of two says 两
    if _FORMULA.match(text, match.start("num")) or _session_number(text, match) or _slogans_parts(text, match):
        return False
    if _counts_before_noun(text, match, following):
        return True
    if _uncounted(text, unit_end, _PARTS):
        return False  # 分为准备、自查、检查三个阶段: the stages of the work, whatever verb the words before end with
    before = text[max(0, match.start() - 4) : match.start()]
    if not before or not _HAN.match(before[-1]):
        return False
    counted_after_noun = not following or following in _BOUNDARY or following in "各)）"
    return counted_after_noun or bool(_CN_COUNT_PREFIX.search(before))


# A slogan quoted as a list right before a count in words (做好“推动发展、保障发展、投身发展”三篇文章; 「…、…」): its parts.
_QUOTED_LIST = re.compile(r"[“「\"]([^“”「」\"。；;，,]{2,60})[”」\"]\s*$")
_QUOTED_BEFORE = re.compile(r"[”」\"]\s*(?:和|及|与|、|以及)\s*$")


def _slogans_parts(text: str, match: re.Match[str]) -> bool:
    """Whether the count in words ``match`` right after a quoted 、-list counts the list's own items (着力做好“推动发展、保障
    发展、投身发展”三篇文章: three, as listed): a slogan's parts named, no work counted (a first-time analyst, round 41 §12:
    the statistic 3 of 着力做好…文章). Source of the rule: DESIGN.md, a statistic is a count of the congress's work."""
    quoted = _QUOTED_LIST.search(text, max(0, match.start() - 64), match.start())
    if quoted is None or "、" not in quoted.group(1) or _QUOTED_BEFORE.search(text, max(0, quoted.start() - 3), quoted.start()):
        return False  # the last of several quoted items (关于“A”和“B、C”两个议案): the count is of the items
    return to_number(match.group("num")) == quoted.group(1).count("、") + 1


# A space between two Chinese words in the words before a number: a photograph's credit, a byline or a headline run into
# the sentence (健/图 议案建议件件有回音 代表满意率超99%: a fresh user's round 22); the measure starts after it.
_PAGE_BREAK = re.compile(r"(?<=[\u3400-\u9fff”）)])[ \t\u3000]+(?=[\u3400-\u9fff“（(])")


# A conjunction right before a number (副主任邢某、牛某及十五名委员出席了会议): the count is of the noun after it, the last
# item of the list, not of the list (a first-time analyst, round 41 §11: the measure 副主任邢某、牛某及委员 = 15 read as a
# sum of them all); a total closing the list is written after its noun (…及委员共29人出席会议) and stays the list's.
# A verb ending in 及 or 和 is none (涉及22家企业, 总和).
_LAST_ITEM = re.compile(r"(?:(?<![涉普危顾波论提惠触遍])及|(?<![共总平温调])和)$")  # not 涉及22家企业


#: An attendance told by a list of officers by title and name (副主任甲某、乙某、秘书长丙某和委员共28人出席会议): the
#: names go from the measure, the titles (``leader-words.csv``) and the noun stay (副主任、秘书长和委员共出席会议): a label
#: of names groups nothing (newuser31 A4, round 46). Names open with a surname of ``surnames.csv``. The verbs of attending
#: are the words of the ``attendance_present`` and ``attendance_nonvoting`` rows of ``measure-classes.csv``, which class
#: the same figures (round 47: one list, not a twin here).
_ATTENDING = re.compile("|".join(pattern_of(code).pattern for code in ("attendance_present", "attendance_nonvoting")))
_SURNAME = "|".join(sorted(column("surnames", "surname"), key=len, reverse=True))
_TITLE = "|".join(sorted((row["pattern"] for row in rows("leader-words") if row["role"] == "title"), key=len, reverse=True))
_NAME = rf"(?:{_SURNAME}){HAN}{{1,2}}"
#: The names after a title, each opening with a surname, up to the conjunction closing the list or the next title.
_NAMES_AFTER_TITLE = re.compile(rf"(?P<title>{_TITLE})(?:{_NAME}、)*{_NAME}(?=[和及共]|、(?:{_TITLE}))")


def _without_names(what: str) -> str:
    """``what`` less the officers' names of an attendance list (:data:`_NAMES_AFTER_TITLE`); ``what`` itself when it
    tells no attendance."""
    if not _ATTENDING.search(what):
        return what
    named = _NAMES_AFTER_TITLE.sub(lambda m: m["title"], what)
    return named if named == what else _TOTAL_BEFORE_VERB.sub("", named)  # …和委员共出席会议: the total's 共 goes too


_TOTAL_BEFORE_VERB = re.compile(f"(?:共|共计)(?={_ATTENDING.pattern})")


#: The most characters of a measure, and the fewest a measure cut back to a boundary keeps.
_LABEL_CHARS, _LABEL_LEAST = 30, 20
#: Where a long measure may end: after a closing mark (》, ”, ）) or before a list's 、 or a clause's mark.
_CLOSING, _SEPARATING = "》〉”’)）", "、，,；;：:《“（("


def _label(what: str) -> str:
    """``what`` within :data:`_LABEL_CHARS` characters, a longer one cut at its last boundary within them (after a
    closing mark, before a separating one: 就…贯彻实施《A法》《B|法》 → 就…贯彻实施《A法》), not mid-word, when at least
    :data:`_LABEL_LEAST` characters stay; else cut at the length (newuser31 A4, round 46: labels cut in mid-word)."""
    if len(what) <= _LABEL_CHARS:
        return what
    head = what[: _LABEL_CHARS + 1]
    ends = [at + 1 for at, char in enumerate(head) if char in _CLOSING and at < _LABEL_CHARS]
    ends += [at for at, char in enumerate(head) if char in _SEPARATING]
    end = max(ends, default=0)
    return head[:end].rstrip(_DANGLING + " ") if end >= _LABEL_LEAST else what[:_LABEL_CHARS]


def _measures(before: str, noun: str, after: str) -> list[str]:
    """What the number counts; a shared count (评议和测评各1次) counts each listed item."""
    what = _FILLER.sub("", (_PAGE_BREAK.split(before)[-1] + noun).lstrip("“‘\"")).strip() or after[:12]
    what = _without_names(what)
    if before.endswith("各"):
        head = re.match(r"^(?:开展|进行|组织|召开|举行)?", what).group()
        parts = re.split(r"和|、|及|与", what[len(head) :].removesuffix("各"))
        if len(parts) > 1:
            return [p for p in parts if p]
    if "、" in what:  # a list sharing the count: the verb belongs to the clause (听取审议A、B工作报告24个)
        what = _LIST_VERB.sub("", what)
    what = _LEADING_PARTICLE.sub("", _TRAILING_PARTICLE.sub("", what)) or what
    return [what.rstrip(_DANGLING) or what]


# A figure stated before a number in its fragment: a count with its unit (安排6个方面, 省政府系统73个承办单位), aspects
# counted (分为11方面17个子项), which are no statistic, or a date (公布2023年). The list item after it starts past a conjunction (…承办单位和党群系统24个承办单位).
_FIGURE = re.compile(rf"\d+(?:\.\d+)?\s?(?:{'|'.join(re.escape(u) for u in UNITS)}|方面|年|月|日)")
_NEXT_ITEM = re.compile(r"[和及与、]")
_NEXT_COUNTED = re.compile(r"[和及与、](?=[^，,。；;、\d]{0,8}?\d)")


def _after_figure(before: str) -> str | None:
    """The words before a number that follow the last other figure they hold, from the item after a
    conjunction ('' when none: the noun after the number is then the whole measure); None when they hold no
    figure. 今年共安排6个方面28项内容 → '' (内容), 省政府系统73个承办单位和党群系统24个承办单位 → 党群系统."""
    last = None
    for last in _FIGURE.finditer(before):
        pass
    if last is None:
        return None
    rest = before[last.end() :]
    item = _NEXT_ITEM.search(rest)
    return rest[item.end() :] if item else ""


# The name of the organ a count is of or by, ending the words before its number (县人大常委会已对, 法院1名副院长): no
# measure. The endings are data/organ-suffixes.csv's (法院, 检察院, 人民政府 …), a bureau's and a committee's (a fresh
# user's: 县政府1名副县长、法院1名副院长 gave the second the measure 法院); a list of organs (国务院、最高人民法院、
# 最高人民检察院20个工作报告) names the makers of what is counted and stays in the measure.
_AGENT_END = re.compile(rf"(?:{'|'.join(re.escape(s) for s in column('organ-suffixes', 'suffix'))}|常委会|局|委员会)"
                        r"(?:已|先后|共)?$")
_LISTED_MAKERS = re.compile(r"、[^、]*(?:法院|检察院|国务院|政府)$")


#: A noun of places or sites a count closes a list of (…等5个县区, 四个社区, 五个点, 4个现场点).
_PLACES_NOUN = re.compile(r"(?:省|市|县|区|州|镇|乡|村|社区|街道|盟|旗|地区|点|现场点|点位|场所)$")
#: The end of a place's name as a list writes it (呈贡区, 阳平镇野寺村, 东风社区).
_PLACE_END = re.compile(r"(?:省|市|县|区|州|镇|乡|村|社区|街道|盟|旗)$")
_LIST_ITEMS = 2
_PLACES_NOUN_CHARS = 4  # a noun of places is short (县区, 设区市, 现场点); a longer one is the words going on (围绕璧城街道)


def _places_enumerated(before: str, noun: str) -> bool:
    """Whether the words before a number end with a 、-list of places the count closes (徐州、常州、泰州5个设区市, 坚持深入
    雷公滩、下桥、东风四个社区, 宝鸡峡、…、阳平镇野寺村4个现场点, 五华区、盘龙区等5个县区), so that the noun after the number
    is what is counted and the places are no measure (a first-time analyst's class 7, round 39): at least
    :data:`_LIST_ITEMS` items, its last a place by name (:func:`areas.named`) or by its ending, or the noun after
    one of places or sites (:data:`_PLACES_NOUN`, at most :data:`_PLACES_NOUN_CHARS` characters). A list of organs or documents (国务院、最高人民法院20个工作报告,
    法规、决定17件) names no places."""
    clause = re.split(r"[，,。；;：:\s]", before)[-1].removesuffix("等")
    items = clause.split("、")
    if len(items) < _LIST_ITEMS or not items[-1]:
        return False
    last = items[-1]
    return bool(len(noun) <= _PLACES_NOUN_CHARS and _PLACES_NOUN.search(noun) or _PLACE_END.search(last) or areas.named(last))


def _measure_word(before: str) -> bool:
    """Whether the text before a number ends in a verb or noun that can name a measure (举行常委会会议, 检查, a list of
    the makers of the reports counted) rather than a place or an agent (县人大常委会已对, 法院: :data:`_AGENT_END`)."""
    return bool(before) and (not _AGENT_END.search(before) or _LISTED_MAKERS.search(before) is not None)


# A name in quotes a noun opens with (“一府两院”有关负责人).
_QUOTED_LEAD = re.compile(r"“[^“”，,。；;]{1,8}”")
# An approximation written after the measure word (拟安排10名左右…负责人, 5件上下): the figure's qualifier, no noun; the
# noun follows it (a first-time analyst's round 39, issue 10 §5: the measure 拟安排左右).
_APPROX_AFTER = re.compile(r"左右|上下")
# A split of the work right before a count (执法检查组分3个组, 分成两个小组, 分为4个视察组): the noun after it, the groups, is
# part of the measure, which without it was a fragment (执法检查组分, 此次执法检查共分: issue 10 §5).
_SPLIT_BEFORE = re.compile(r"分(?:成|为)?$")
# A duration (在长达4个小时的交锋中, 历时近3个小时的专题询问, 询问会持续了3个多小时) is of what the noun after its 的 names,
# else of the words before its verb of lasting: the words of the lasting (在长达, 历时) are no measure (issue 10 §5: 在长).
_LASTING = re.compile(r"(?:^|(?<=[^\u3400-\u9fff]))?(?:在|经过|持续|历时|用时|耗时|进行)*了?(?:长达|近|约|达|超过)?$")
_DURATION_NOUN_END = re.compile(r"(?:中|里|内|结束|期间)$")
_DURATION_UNITS = ("小时", *_HOURS)
_DURATION_NOUN = 6  # the most characters after a duration's 的 read whole as what lasted (两个多小时的激烈交锋)


def _duration(text: str, before: str, at: int, high: int) -> tuple[str, str]:
    """The (words before, noun) a duration counted from view offset ``at`` (its unit's end) measures: the noun after its
    的 (的交锋中 → 交锋), else the words before less those of lasting (询问会持续了 → 询问会)."""
    if text.startswith("的", at):
        run = re.match(f"{HAN}{{1,{_DURATION_NOUN + 1}}}", text[at + 1 : high])
        words = run.group() if run and len(run.group()) <= _DURATION_NOUN else _noun_at(text, at + 1, high)
        if noun := _DURATION_NOUN_END.sub("", words):  # a short run whole (激烈交锋), a longer one as nouns are cut
            return "", noun
    return _LASTING.sub("", before), ""


# Counts listed before the one noun they share (省市人大分别设立21个、587个立法联系点): the numbers after the first.
_SHARED_NOUN = re.compile(rf"(?:[、和及与]\s?{NUMBER}\s?(?:{'|'.join(re.escape(u) for u in UNITS)}))+")


#: The most characters read past a noun run's :data:`_NOUN_CAP` (:data:`_HAN_RUN`) for the end of the word it cut: a run
#: cut at its length ends mid-word (市人大代表工作小组赋能增|效, 省人民政府组成部门依法行|政情况报告), so the measure goes on to
#: where the text or a word of :data:`_NOUN_END` ends it, within the reach, else stays cut (newuser31 A4, round 46).
_WORD_REACH = 8


def _to_word_end(text: str, at: int, cut: int, high: int) -> str:
    """The noun from ``at`` past its cut at ``cut`` to the end of its Han run or a word of :data:`_NOUN_END`, when that
    end lies within :data:`_WORD_REACH` characters; else the noun as cut."""
    run = re.match(f"{HAN}{{1,{_WORD_REACH + 1}}}", text[cut:high])
    words = run.group() if run else ""
    stop = _NOUN_END.search(words)
    end = stop.start() if stop else len(words)
    return text[at:cut] if end > _WORD_REACH else text[at : cut + end]


def _noun_at(text: str, at: int, high: int) -> str:
    """The noun after a number, from ``at`` (its unit's end) to where :data:`_NOUN_END` ends it, within ``high``;
    a conjunction ends it before another count past the noun's own characters (副院长和县检察院1名副检察长 → 副院长).
    A short name in quotes opening it is part of it (10名左右“一府两院”有关负责人 → “一府两院”有关负责人), and one right after a
    place word is its head (17个街道“微展厅” → 街道“微展厅”: the halls counted, no areas covered; newuser31 A4, round 46)."""
    if _PREDICATE_OPENS.match(text, at, high):
        return ""
    if (quoted := _QUOTED_LEAD.match(text, at, high)) and _HAN.match(text, quoted.end(), high):
        return quoted.group() + _noun_at(text, quoted.end(), high)
    noun = _HAN_RUN.match(text, at, high).group()
    if "的" in noun and _HAN.match(text, at + len(noun), high):  # cut at its length inside the noun after 的
        head = _HEAD_END.match(text, at + len(noun), high)
        stop = _NOUN_END.search(text, at + len(noun), min(high, at + len(noun) + _HEAD_AFTER_DE))
        if stop or head:
            noun = text[at : stop.start() if stop else head.end()]
    end = _NOUN_END.search(text, at + 1, high)
    if end and end.start() < at + len(noun):
        return noun[: end.start() - at]
    if len(noun) == _NOUN_CAP and _HAN.match(text, at + len(noun), high):  # cut in mid-word (赋能增|效): to the word's end
        noun = _to_word_end(text, at, at + len(noun), high)
    if (len(noun) <= _PLACES_NOUN_CHARS and _PLACES_NOUN.search(noun)
            and (quoted := _QUOTED_LEAD.match(text, at + len(noun), high))):  # 17个街道“微展厅”: the halls, no areas
        return noun + quoted.group() + ("" if _NOUN_END.match(text, quoted.end(), high) else _noun_at(text, quoted.end(), high))
    return noun


# The nouns listed after a count's own (133件批评、建议和意见): each names what the count is of, so a figure restated with its
# noun among them (代表们共提出建议133件 … 代表提出的133件批评、建议和意见) is the figure stated before (a first-time
# analyst's round 38: 岳阳's 133 suggestions summed twice).
# A list closed by a conjunction before its last item (、建议和意见), that item ending where a noun does (:data:`_NOUN_END`:
# 意见已全部答复); items run on by 、 alone may be the predicate's verbs (深入24个政府部门听意见、查情况).
_NOUNS_LISTED = re.compile(rf"(?:、{HAN}{{1,6}})*[和及与]{HAN}{{1,12}}")
_NOUN_JOINER = re.compile("[、和及与]")


def _listed_nouns(text: str, at: int, high: int) -> list[str]:
    """The nouns listed right after the noun ending at ``at`` (批评、建议和意见 → 建议, 意见), within ``high`` (a clause's
    boundary other than 、 ends the list)."""
    listed = _NOUNS_LISTED.match(text, at, high)
    if listed is None:
        return []
    *nouns, last = _NOUN_JOINER.split(listed.group())
    end = _NOUN_END.search(last, 1)
    return [noun for noun in (*nouns, last[: end.start()] if end else last) if noun]


def _shared_noun(text: str, end: int, high: int) -> str:
    """The noun a count ending at ``end`` shares with the counts listed after it (21个、587个立法联系点 → 立法联系点),
    within ``high``; '' when no such list follows."""
    listed = _SHARED_NOUN.match(text, end, high)
    return "" if listed is None else _noun_at(text, listed.end(), high)


def find(ctx: Context) -> list[Statistic]:
    """Every statistic the report states about its work, once per measure.

    Numbers in plans and in sentences about a department's own work are not the report's statistics.
    """
    text = ctx.text
    agency = ctx.agency_sentences
    found: list[Statistic] = []
    spans: list[Span] = []  # the view span of each statistic found
    seen: dict[tuple[float, str, str], list[int | None]] = {}  # each figure's key: the numbered items it was told in
    nouns: dict[tuple[float, str], list[tuple[str, int | None]]] = {}  # each figure's nouns and measures, and item
    others_end, others_sentence_end = -1, -1  # where the last figure of others ends, and its sentence
    for match in finditer(_STAT, text):
        number = parse(match)
        if number is None or not _accept(text, match, number.chinese):
            continue
        left, right = _fragment(text, match.start(), match.end())
        span = strip_span(text, left, right)
        before = said_before = text[span.start : match.start()].rstrip()
        approx = _APPROX_AFTER.match(text, match.end())  # 10名左右“一府两院”有关负责人: the qualifier, then the noun
        noun_start = approx.end() if approx else match.end()
        after = text[noun_start : span.end]
        noun_after = _noun_at(text, noun_start, span.end)
        if _NEXT_COUNTED.match(after):
            noun_after = ""  # 执法检查3次和专题询问2次: the words after are the next counted item's
        if not noun_after and (shared_noun := _shared_noun(text, match.end(), min(len(text), match.end() + _REACH))):
            before, noun_after = "", shared_noun  # 分别设立21个、587个立法联系点: the counts share the last one's noun
        # the noun after a verb or after a list sharing the count (听取审议A、B、C20个工作报告) is part of the measure
        counted_noun = noun_after if not before or _VERB_END.search(before) or "、" in before else ""
        if noun_after and match.group("unit") not in _SPLIT_UNITS and _SPLIT_BEFORE.search(before):
            counted_noun = noun_after  # 执法检查组分3个组, 分成两个小组: the groups the work is split into
        if noun_after and (_NOT_MEASURE.search(before) or not _measure_word(before)
                           or ("、" in before or text[left - 1 : left] == "、") and _BODIES_COUNTED.match(noun_after)
                           and not _VERB_END.search(before)):
            before, counted_noun = "", noun_after  # the noun after the number names the measure
        if noun_after and "的" not in noun_after and _RATED_OBJECT.search(said_before) and (
                rating := _RATING_AFTER.match(text, match.end() + len(noun_after), span.end)):
            before, counted_noun = "", f"{rating.group('rating')}的{noun_after}"  # 对两个报告开展满意度测评: the reports rated
        elif (noun_after.endswith(_REPORTS) and _OBJECT_BEFORE.search(said_before)
              and _INQUIRED_AFTER.match(text, match.end() + len(noun_after), span.end)):
            before, counted_noun = "", noun_after  # 对“一府两院”三个报告同时开展专题询问: the reports inquired on
        if noun_after and _places_enumerated(before, noun_after):
            before, counted_noun = "", noun_after  # 分赴江苏、山东、河北3个省, 深入A、B、C四个社区: what is counted
        if noun_after and _LAST_ITEM.search(before):
            before, counted_noun = "", noun_after  # 副主任甲、乙及十五名委员出席: the count is the last item's own
        if (own := _after_figure(before)) is not None and (own or noun_after or _HAN.match(after)):
            before, counted_noun = own, noun_after  # another figure's words are not this one's measure
        own_work = _OWN_WORK.search(text, span.start, match.start()) or _OWN_WORK.search(noun_after)
        if ((_OTHERS.search(text, span.start, match.start()) or _OTHERS.search(noun_after))
                and not own_work and not _REPORTS_COUNTED.match(noun_after)):
            others_end, others_sentence_end = match.end(), _sentence_end(text, match.end())
            continue  # others' results, not the oversight's
        if match.start() < others_sentence_end and not own_work and _PARTS_OF in text[others_end : match.start()]:
            continue  # a part of others' figure, told after 其中
        unit = match.group("unit")
        if (unit in _MONEY_UNITS and not _MONEY_OF_OVERSIGHT.search(text, span.start, match.start())
                and not _MONEY_OF_OVERSIGHT.search(noun_after)
                or unit in _SERVED_UNITS and not _VISITED.search(text, span.start, match.start())):
            continue  # others' money, or the households and institutions others served
        if _DEMONSTRATIVE.search(text, max(0, match.start() - 2), match.start()) and any(
                told == number.value for told, _ in nouns):
            continue  # a figure already stated, referred back to
        low = max(0, match.start() - _REACH)
        clause = _after_last(text, "，,。；;\n", low, match.start())
        if _BODIES.match(noun_after) and _STRUCTURE.search(text, clause, match.start()):
            continue  # the bodies an organ is made of (下设…3个办事机构), not its work
        unit = unit.replace("（", "(").replace("）", ")")
        value, qualifier = number.value, number.qualifier or (approx.group() if approx else None)
        if unit in _HOURS:
            unit, more, qualifier = _HOURS[unit][0], _HOURS[unit][1], _HOURS[unit][2] or qualifier
            value += more
        # a bundle is told by the title it opens with: two decisions each amending 3件地方性法规 are two counts
        bundle = text[max(0, match.start() - _BUNDLE_TITLE) : match.start()] if _BUNDLE.search(
            text, max(0, match.start() - 2), match.start()) else ""
        if unit in _DURATION_UNITS:  # 在长达4个小时的交锋中: the duration of the 交锋
            before, counted_noun = _duration(text, before, noun_start, span.end)
        if unit in _SPLIT_UNITS:  # 执法检查组分5路: the work split, named by what was split (执法检查组分路)
            before = _SPLIT_WORDS.sub("", before) + "分" + unit
        item = _item_at(text, match.start())
        for what in _measures(before, counted_noun, after):
            key = (value, unit, (noun_after[:2] or what) + bundle)
            # a restatement may name it in any of these words
            named = (noun_after, what, said_before, *(_listed_nouns(text, match.end() + len(noun_after), len(text))
                                                      if noun_after else ()))
            told = [other for other, where in nouns.get((value, unit), ()) if not _other_items(item, where)]
            if any(not _other_items(item, where) for where in seen.get(key, ())) or (value >= _RESTATED and any(
                    _same_noun(noun, other) for noun in named for other in told)) or (
                    not bundle and len(noun_after) >= _NAMED_NOUN
                    and any(noun_after in other or len(other) >= _NAMED_NOUN and other in noun_after for other in told)):
                continue
            seen.setdefault(key, []).append(item)
            nouns.setdefault((value, unit), []).extend((noun, item) for noun in named)
            if agency.holds(span.start) and not _ANSWERING.search(text, span.start, _sentence_end(text, span.end)):
                continue
            start, end, evidence = ctx.span(span.start, span.end)
            found.append(Statistic(evidence, _label(what), value, unit, start, end, qualifier,
                                   status="planned" if _planned(ctx, span) else "reported"))
            spans.append(span)
    _count_kinds(ctx, found, spans)
    every = (found + _satisfaction_rates(ctx) + _rates_over_years(ctx) + _shares(ctx) + _handled_shares(ctx) + _changes(ctx)
             + _bodies_listed(ctx))
    window = dating.year_window(ctx.metadata)
    kept = []
    for stat in every:
        low, high = _lead(ctx.text, ctx.view.index(stat.start), ctx.view.index(stat.end))
        stat.measure_class = measure_class(stat, ctx.text[low:high], ctx.text[high:_clause_end(ctx.text, high)])
        if stat.measure_class == AREAS_COVERED:
            stat.kind = None  # 委托九龙坡等5个区县…开展执法检查: the areas the work covered, no summary count of its kind
        if stat.measure_class is None and _of_the_world(ctx, stat):
            continue
        if stat.measure_class == _ASSIGNED and stat.subject is None:
            stat.subject = _handled_by(ctx, stat)
        if stat.measure_class == RATED and stat.subject is None and _EACH not in stat.evidence:
            stat.subject = _rated_object(ctx, low, high)
        # 五年来…检查30件法律: the term's total, not the report year's; 去年…提出建议8993件: the year before the text's
        stat.years = ctx.look_back(stat.start) or _sentence_year(ctx, stat.start, window)
        kept.append(stat)
    return kept


# A figure of the place, its people or its government (遵义市有仡佬、苗…等47个少数民族; 流域覆盖…2629个村、150万人; 在园幼儿人数
# 34.88万人; 镇政府已组织8个村共清理垃圾; 两名副镇长详细阐述了自己在分管领域的工作进展): counted in things or persons, of no
# class of the congress's work, in a sentence (read across line breaks: 来自全乡各条战线的47名⏎代表) naming neither the
# congress, its members, its meetings, the reports and heads of units before it nor any class of its work (the words of
# data/measure-classes.csv: 任免, 选举, 视察 …). The units that count work by themselves, documents (件: suggestions,
# motions, laws told by topic, 科教文卫方面178件), items of work (项: 谋划54项具体举措, a sentence whose subject is the
# report's own congress, unnamed), times (次) and rates (%), are the congress's wherever they stand. Round 30: readable
# dev's false statistics of this kind (aa53 ab21 ab33 g36 t33 v15) and validation's, whose unclassified figures were
# a third of its false statistics.
_WORK_UNITS = ("件", "项", "次", "%")
_FULL_STOPS = "。；;！？"
_CONGRESS_WORK = re.compile(_OWN_WORK.pattern + r"|常委会|委员|会议|旁听|报告|汇报|负责人")


def _of_the_world(ctx: Context, stat: Statistic) -> bool:
    """Whether ``stat`` (of no measure class) counts things or persons in a sentence naming no work of the congress."""
    if stat.unit in _WORK_UNITS:
        return False
    text, at, stop = ctx.text, ctx.view.index(stat.start), ctx.view.index(stat.end)
    low, high = max(0, at - _REACH), min(len(text), stop + _REACH)
    start = _after_last(text, _FULL_STOPS, low, at)
    ends = [i for i in (text.find(c, stop, high) for c in _FULL_STOPS) if i != -1]
    sentence = text[start : min(ends, default=high)]
    return _CONGRESS_WORK.search(sentence) is None and not any(
        row.pattern.search(sentence) for row in classes() if row.code not in NOT_WORK_WORDS)


# The suggestions or motions one named body took on (市人民政府办理328件, 市法院承办5件, 由省政府组织办理950件): the body,
# as written, is the figure's subject, so each body's part is told apart from the others' and from their total (a first-time
# analyst's round 33: 市人民政府办理328件 had no subject). The body is an organ named in the figure's evidence whose words
# end inside the words of its class's row in its measure, the body's ending before the verb (市政府及其所属部门承办427件;
# 市法院承办5件(其中与市检察院合办1件): 市法院 for 5, 市检察院 for 1); none for bodies handling jointly
# (省政府部门和非政府部门联合办理) or a measure naming another body after the verb (群团组织承办(其中与市政府…).
_ASSIGNED = "suggestions_assigned"


def _handled_by(ctx: Context, stat: Statistic) -> str | None:
    """The organ, as written, that took on the suggestions ``stat`` counts (see :data:`_ASSIGNED`); None when none is
    named right before the verb."""
    what = normalised(stat.what)
    words = next(row.pattern for row in classes() if row.code == _ASSIGNED).search(what)
    if words is None:
        return None
    low, high = ctx.view.index(stat.start), ctx.view.index(stat.end)
    for hit in ctx.organ_hits[bisect_left(ctx.organ_starts, low):]:
        if hit.start >= high:
            break
        name = normalised(ctx.text[hit.start : hit.end])
        if (at := what.find(name)) != -1 and words.start() < at + len(name) <= words.end():
            return ctx.span(hit.start, hit.end)[2]
    return None


# What a rating rated, named after 对 in the clause telling it (并首次对审计查出问题整改情况报告开展满意度测评，满意率为96.8%;
# 对大堰垱镇2023年民生实事项目进行了现场测评，代表满意度达100%): the subject of the rate it gave (newuser19 §5: the rates of
# ratings of reports and of suggestions' handling had no subject), or overseen so (並對審計查出問題整改情況開展跟蹤監督，
# 滿意率為91.7%); told with no 对 (听取和审议了…关于X的报告，并进行了满意度测评), the report its sentence heard last
# (:data:`_RATED_REPORT`). A rating named by its rater alone (对其进行了民意测评) names none, nor one whose rates a 分别 list
# gives (:func:`_each_of` names their bodies where it can).
_RATING_OF = re.compile(r"对(?P<object>[^，,。；;：:对]{2,40}?)(?:逐项|逐一|分别|再次|当场|现场)?(?:开展|进行|组织)了?"
                           r"[^，,。；;：:]{0,8}?(?:测评|评议|评价|表决|监督)")
_RATED_REPORT = re.compile(r"关于(?P<object>[^，,。；;：:]{2,60}?)的(?:报告|汇报)")


def _rated_object(ctx: Context, low: int, high: int) -> str | None:
    """What the rating told last in view range ``low:high`` (a rate's sentence up to it) rated, as written
    (:data:`_RATING_OF`, else :data:`_RATED_REPORT`), or None."""
    found = None
    for pattern in (_RATING_OF, _RATED_REPORT):
        for found in pattern.finditer(ctx.text, low, high):
            pass
        if found:
            return ctx.span(found.start("object"), found.end("object"))[2]
    return None


def _lead(text: str, start: int, end: int) -> tuple[int, int]:
    """The range of the sentence holding view range ``start:end`` up to ``end``, at most :data:`_REACH` characters
    before ``start``: what a figure's class reads of its sentence (:func:`measure_classes.measure_class`). The whole sentence, as
    a statistic's own fragment may reach: a 其中 breakdown's parts are parts however long its list (共收到报送备案的规范性文件
    412件，其中省人民政府规章9件，…，市州人大及其常委会决议决定234件: 4 and 234 lie more than 60 characters after 其中; a
    first-time analyst's round 34 summed 1686 documents filed for 1385)."""
    return _after_last(text, _SENTENCE_ENDS, max(0, start - _REACH), start), end


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding ``at`` ends (its ，, 。, ；, ： or line end), at most :data:`_CLAUSE_REACH` characters on: the
    words after a figure that tell what was done with what it counts (967件建议已全部办复)."""
    high = min(len(text), at + _CLAUSE_REACH)
    return min((i for i in (text.find(c, at, high) for c in _CLAUSE_ENDS) if i != -1), default=high)


_CLAUSE_ENDS, _CLAUSE_REACH = "，,。；;：:\n", 20


def _sentence_end(text: str, at: int) -> int:
    """Where the sentence holding ``at`` ends (its 。, ；, or line end), at most :data:`_REACH` characters on."""
    high = min(len(text), at + _REACH)
    return min((i for i in (text.find(c, at, high) for c in _SENTENCE_ENDS) if i != -1), default=high)


def _planned(ctx: Context, span: Span) -> bool:
    """Whether the figure told in ``span`` (view offsets) is of work to come: in a plan (:attr:`Context.plans`) or a
    list of the coming year's work (:attr:`Context.year_tasks`), or at or after an intention in its sentence
    (全年拟安排法规项目33项，…开展执法检查2项: :func:`plans.intention`). Source: new users' budget and suggestions studies
    (round 17: a plan's figures read as done, or were dropped though the golds count them) and a fresh user's (round
    19: 新的一年…包括1、…。2、开展两部法律执法检查 stored as done)."""
    if ctx.plans.holds(span.start) or ctx.year_tasks.holds(span.start):
        return True
    sentence = ctx.sentence_holding(span.start)
    future = plans.intention(sentence.text) if sentence else None
    return future is not None and sentence.start + future.start() < span.end


def _sentence_year(ctx: Context, start: int, window: range) -> str | None:
    """The year the sentence holding original offset ``start`` opens with, stated or relative (:mod:`dating`), when
    it is not the report's own (a statistic takes the report's years by default); None otherwise. Source: a new
    user's study of deputies' suggestions (round 17: last year's totals were filed under the report's year)."""
    sentence = ctx.sentence_holding(ctx.view.index(start))
    if sentence is None:
        return None
    year = dating.stated_year(sentence.text, window) or dating.relative_year(sentence.text, ctx.metadata)
    return str(year) if year is not None and str(year) != ctx.metadata.get("year") else None


def _shares(ctx: Context) -> list[Statistic]:
    """The shares a report states of its work, in percent (所提问题得到解决的占建议总数的74.2%): ``what`` is
    what was counted and the whole it is a share of (the clause or item before it where the share
    names none: 1212件、占比99.4%). Shares in plans, in a department's own sentences, or in a sentence about no
    work of the congress are left out."""
    text, found = ctx.text, []
    for match in (m for start, end in ctx.lines_with("占") for m in _SHARE.finditer(text, start, end)):
        sentence = max(text.rfind("。", max(0, match.start() - _SHARE_REACH), match.start()) + 1,
                       match.start() - _SHARE_REACH, 0)
        work_from = max(text.rfind("。", max(0, sentence - 1 - _SHARE_REACH), max(0, sentence - 1)) + 1,
                        sentence - 1 - _SHARE_REACH, 0) if _BREAKDOWN_OPENING.match(text, sentence) else sentence
        if ((value := percent(match.group("n"))) is None
                or ctx.plans.holds(match.start("n")) or ctx.agency_sentences.holds(match.start("n"))
                or not _SHARE_OF_WORK.search(text, work_from, match.start("n"))):
            continue
        what = _FILLER.sub("", match.group("what")).strip()
        if not what:  # the clause or list item before names what was counted
            before = max(sentence, match.start() - 1 - _LIST_REACH)
            what = re.split(f"[{_BOUNDARY}]", text[before : match.start() - 1])[-1].removesuffix("的")
        whole = match.group("whole")
        what = f"{what}占{whole}" if whole and whole != "比" else what
        start, end, evidence = ctx.span(match.start() if what else match.start("whole") - 1, match.end())
        found.append(Statistic(evidence, _label(what), int(value) if value.is_integer() else value, "%", start, end,
                               match.group("q")))
    return found


# The share of what the congress received that is handled, told by its verb and a percentage with no 占 nor rate word
# (民情沟通会收到各种意见建议58179条，目前已解决90%: ag05; 交办问题已办结九成): a share of its work, as 占…% is, where its
# sentence names what was handled (:data:`_HANDLED_THINGS`, the last one named before it its measure's noun).
_HANDLED_SHARE = re.compile(rf"(?:已经|均已|已)(?P<word>解决|办结|采纳|办复|答复|整改)了?\s*(?:约|近|超过)?{PERCENT}(?P<q>以上)?")
_HANDLED_THINGS = re.compile(r"意见建议|建议|意见|议案|问题")


# A rate of the congress's work told year by year (首次办理满意率从2018年的99.2%、2019年的99.3%上升到2020年的99.7%; 办结率由
# 2019年的95%提高到2021年的100%): one statistic per year, its measure the year and the rate word, its evidence the year's
# value (aw05 gave none: the years' digits stopped :data:`_RATE`; round 47). Only the named rates of the congress's work
# (:data:`_NAMED_RATE_WORD`): a forest's or a market's rate over the years is others' result.
_YEAR_RATE = rf"(?P<year>\d{{4}})年度?的?\s*{PERCENT}"
_OVER_YEARS = re.compile(rf"(?P<what>[^，,。；;：:、\n\d]{{0,12}}?{_NAMED_RATE_WORD})(?:从|由)(?={_YEAR_RATE})")
_YEAR_JOIN = re.compile(r"\s*(?:、|，|,|和)\s*")  # what joins a year's rate to the one before, no part of its evidence
# A later year's rate follows the one before with a verb of change (上升到, 提高至, 再下降到: rate-changes.csv) or none.
_NEXT_YEAR = re.compile(rf"\s*(?:、|，|,|和)?\s*(?:(?:再)?(?:{'|'.join(column('rate-changes', 'word'))}))?(?:到|至|为)?{_YEAR_RATE}")


def _rates_over_years(ctx: Context) -> list[Statistic]:
    """The rates of :data:`_OVER_YEARS`, one per year told, in plans and a department's own sentences none."""
    text, found = ctx.text, []
    lines = sorted({line for sign in PERCENT_MARKS for line in ctx.lines_with(sign)})
    for match in (m for start, end in lines for m in finditer(_OVER_YEARS, text, start, end)):
        if ctx.plans.holds(match.start()) or ctx.agency_sentences.holds(match.start()):
            continue
        word, at, opening = _FILLER.sub("", match.group("what")).strip(), match.end(), match.start()
        while (year := _NEXT_YEAR.match(text, at)) is not None and (value := percent(year.group("n"))) is not None:
            start, end, evidence = ctx.span(join.end() if (join := _YEAR_JOIN.match(text, opening)) else opening, year.end())
            found.append(Statistic(evidence, _label(f"{year.group('year')}年{word}"),
                                   int(value) if value.is_integer() else value, "%", start, end))
            at = opening = year.end()
    return found


def _handled_shares(ctx: Context) -> list[Statistic]:
    """The shares handled of :data:`_HANDLED_SHARE`: ``what`` is the thing named last before it in its sentence with the
    verb (意见建议解决比例), the evidence from the clause's start; none in plans or in a department's own sentences."""
    text, found = ctx.text, []
    lines = sorted({line for sign in PERCENT_MARKS for line in ctx.lines_with(sign)})
    for match in (m for start, end in lines for m in finditer(_HANDLED_SHARE, text, start, end)):
        sentence = _after_last(text, _SENTENCE_ENDS, max(0, match.start() - _SHARE_REACH), match.start())
        things = list(_HANDLED_THINGS.finditer(text, sentence, match.start()))
        if (not things or (value := percent(match.group("n"))) is None
                or ctx.plans.holds(match.start()) or ctx.agency_sentences.holds(match.start())):
            continue
        start, end, evidence = ctx.span(_after_last(text, _CLAUSE_ENDS, sentence, match.start()), match.end())
        found.append(Statistic(evidence, f"{things[-1].group()}{match.group('word')}比例", int(value) if value.is_integer()
                               else value, "%", start, end, match.group("q")))
    return found


# Departments answering the congress (省发展改革委、省财政厅等10个部门负责人一一应询, 8部门负责人答复了代表提问): a sentence
# opening with them is the congress's inquiry, not their own work, and its figures are the oversight's (round 30, dev af09).
_ANSWERING = re.compile(r"应询|答询|接受(?:询问|质询)|答复[^，,。；;]{0,8}?(?:提问|询问)|回答[^，,。；;]{0,8}?(?:提问|询问)")


# A year-on-year change of the congress's own work in percent (报送备案的文件229件，同比增长10.1%; 代表提出建议1171件，较上
# 一年度增长25.3%; 关于“疾病防疫”的建议数量同比增加了179%: ab15 w15 x03): a statistic, as the count it compares is; the
# economy's, a budget's or an enterprise's change (税收总额22.29亿元，同比增长9.6%) is others' (:data:`_CHANGE_OF_WORK`).
_CHANGE = re.compile(r"(?P<word>(?:同比|较上一?年度?|比上一?年度?|较去年|比去年)(?:增长|增加|上升|下降|减少))了?\s*"
                     + PERCENT)
_CHANGE_OF_WORK = re.compile(r"建议|议案|备案")
_CLAUSE_ENDS = "，,。；;：:\n"
_CHANGED_REACH = 16  # the characters of a clause's words naming what changed


# A count closing a list of places or bodies, the noun they share its measure and no measure word between (省发展改革委、
# 市环保局…等8部门负责人, 到内蒙古、新疆…等10省区开展实地检查, 五华、盘龙…、晋宁6区政府汇报, …、市交通运输局4单位审计查出
# 问题整改情况, 广州、深圳等8市): a statistic in that noun, as the golds give it (round 30, readable dev a18 ab33 v13 w01).
# After 等 in any numerals, after a 、-list's last name in digits (a numeral there may be a name's: 十三陵); never a road's
# number (226省道), and a figure told again (等8部门负责人 … 8部门分别进行答复) once.
_BODY_NOUNS = ("省区市", "县市区", "省区", "省市", "区县", "县区", "市县", "乡镇", "镇街", "街道", "部门", "单位",
               "省", "市", "区", "县", "镇", "乡")
# A count of bodies or areas named by their noun after it (3个部门的预算执行情况, 7个市人大常委会) after a list that no verb
# of the count ends counts them: the list names them in apposition (对省水利厅、省农业农村厅2个部门, 委托泸州、德阳…7个市人大
# 常委会), no measure (a fresh user's round 35: 省农业农村厅 was a measure). A level before them (对市本级34个部门) is none
# either (:data:`_NOT_MEASURE`).
_BODIES_COUNTED = re.compile("|".join(_BODY_NOUNS))
_BODIES_LISTED = re.compile(rf"(?P<num>(?<=等)[{COUNT_NUMERAL_CHARS}]+|(?<=[\u4e00-\u9fff])\d+)(?P<noun>{'|'.join(_BODY_NOUNS)})(?!道)")
_LIST_REACH_BACK = 40  # the characters before a count read for the 、 of its list


# What the bodies counted are named as right after their noun (8部门负责人, 6区政府): part of the measure; the rest of the
# clause is the predicate (8部门负责人详细答复了代表提问, 7部门关于统计法实施情况的汇报后: measures that were fragments, round 40).
_BODIES_HEAD = re.compile(r"(?:的)?(?:主要)?(?:负责同志|负责人)|政府|人大常委会|人大")


def _bodies_listed(ctx: Context) -> list[Statistic]:
    """The counts of :data:`_BODIES_LISTED` in the report's lines: ``what`` is the noun and what names the bodies right
    after it (:data:`_BODIES_HEAD`), the evidence from the list's clause to its end (国家统计局、国家发展改革委等7部门关于…的汇报,
    the bodies counted with the count)."""
    text, found = ctx.text, []
    told: set[tuple[float, str]] = set()  # (value, noun) of each count found
    for line_start, line_end in ctx.lines_with("、"):
        for match in _BODIES_LISTED.finditer(text, line_start, line_end):
            clause = _after_last(text, _CLAUSE_ENDS, max(line_start, match.start() - _LIST_REACH_BACK), match.start())
            if text[match.start() - 1] != "等" and "、" not in text[clause : match.start()]:
                continue
            stop = min((i for i in (text.find(c, match.end(), line_end) for c in _CLAUSE_ENDS) if i != -1), default=line_end)
            number = to_number(match.group("num"))
            if number is None or (number, match.group("noun")) in told:
                continue
            told.add((number, match.group("noun")))
            start, end, evidence = ctx.span(clause, stop)
            head = _BODIES_HEAD.match(text, match.end("noun"), stop)
            found.append(Statistic(evidence, match.group("noun") + (head.group() if head else ""), number, match.group("noun"),
                                   start, end,
                                   status="planned" if _planned(ctx, Span(match.start(), stop, text[match.start() : stop]))
                                   else "reported"))
    return found


def _changes(ctx: Context) -> list[Statistic]:
    """The year-on-year changes of the congress's own work a report states (:data:`_CHANGE`): ``what`` is what changed,
    the words of the clause before the change or, where the change opens its clause, of the clause before (its figure
    left out), with the change's word. Changes in plans, in a department's own sentences, or in a sentence about no
    suggestion, motion or filing are left out, and so is one told again (a summary's sentence repeated)."""
    text, found = ctx.text, []
    told: set[tuple[float, str]] = set()  # (percentage, change word) of each change found
    lines = sorted({line for sign in PERCENT_MARKS for line in ctx.lines_with(sign)})
    for match in (m for start, end in lines for m in finditer(_CHANGE, text, start, end)):
        sentence = _after_last(text, _SENTENCE_ENDS, max(0, match.start() - _SHARE_REACH), match.start())
        if ((value := percent(match.group("n"))) is None
                or ctx.plans.holds(match.start()) or ctx.agency_sentences.holds(match.start())
                or not _CHANGE_OF_WORK.search(text, sentence, match.start())
                or (value, match.group("word")) in told):
            continue
        told.add((value, match.group("word")))
        clause = _after_last(text, _CLAUSE_ENDS, sentence, match.start())
        words = text[clause : match.start()]
        if not words.strip() and clause > sentence:  # the clause before names it, after its figure or before it
            words = text[_after_last(text, _CLAUSE_ENDS, sentence, clause - 1) : clause - 1]  # (提出1171件建议、批评和意见,
            figure = None  # 报送备案的文件229件)
            for figure in _FIGURE.finditer(words):
                pass
            words = (words[figure.end() :] or words[: figure.start()]) if figure else words
        what = _FILLER.sub("", words.strip())[-_CHANGED_REACH:] + match.group("word")
        start, end, evidence = ctx.span(clause, match.end())
        found.append(Statistic(evidence, _label(what), int(value) if value.is_integer() else value, "%", start, end))
    return found


def _satisfaction_rates(ctx: Context) -> list[Statistic]:
    """The result of a satisfaction evaluation (总体满意率为98.56%, 满意度均在94%以上): a statistic of the
    congress's oversight in percent, unlike the other percentages a report quotes."""
    text, found = ctx.text, []
    told: set[tuple[float, str, int | None]] = set()  # (value, rate word, numbered item: _item_at) of each rate found
    lines = sorted({line for word in _RATE_WORDS for line in ctx.lines_with(word)  # where a rate can be: with its word
                    if any(text.find(sign, *line) >= 0 for sign in PERCENT_MARKS)})  # and a percentage's sign or words
    for match in (m for start, end in lines for m in _RATE.finditer(text, start, end)):
        if (ctx.plans.holds(match.start()) or ctx.agency_sentences.holds(match.start()) or _THRESHOLD.search(match.group())
                or _ABOVE in match.group() and text.startswith("的", match.end())
                or _RATES_COUNTED.search(text, match.start(), match.start("n"))):
            continue  # a rule's threshold (满意率低于60%的), or the rates' slogan (三个100%)
        # what a handling rate is of: its sentence or the one before, whose handling it may close (…受政策限制留作参考的2件，
        # 约占总数的0.2%。见面率和答复率均为100%)
        sentence = max(text.rfind("。", max(0, match.start() - _SHARE_REACH), match.start()) + 1,
                       match.start() - _SHARE_REACH, 0)
        told_of = max(text.rfind("。", max(0, sentence - 1 - _SHARE_REACH), max(0, sentence - 1)) + 1,
                      sentence - 1 - _SHARE_REACH, 0)
        cut = max((m.end() for m in _PAGE_BREAK.finditer(match.group("what"))), default=0)  # past a run-in caption (_PAGE_BREAK)
        rates = _ONE_RATE.findall(match.group("what")[cut:])
        before = set(told)  # a list's values may repeat (分别为90%、90%和85%): each is a department's
        opening = match.start() + cut
        if not cut and _COUNT_UNIT_LEFT.match(match.group("what")) and (
                count := _COUNT_BEFORE.search(text, max(0, opening - _COUNT_DIGITS), opening)):
            opening = count.start()  # the count of what was rated opens the evidence (3个部门满意率…, not 个部门满意率…)
        told_here = _rates_told(text, match, rates)
        subjects = [ctx.span(*name)[2] for _, _, name in told_here if name] if told_here and told_here[0][2] else (
            _each_of(ctx, sentence, match.start() + cut, len(told_here)) if len(rates) == 1 < len(told_here) else [])
        for index, (rate, (value, stop, qualifier), _) in enumerate(told_here):
            start, end, evidence = ctx.span(opening, stop)
            word = _ONE_WORD.search(rate).group()
            item = _item_at(text, match.start())
            if (any((value, word) == (v, w) and not _other_items(item, at) for v, w, at in before)
                    or _of_others(word, rate, text[told_of : match.start("n")])):
                continue  # the same result told again, or a rate of others' work
            told.add((value, word, item))
            what = _COUNT_UNIT_LEFT.sub("", _FILLER.sub("", rate).strip())
            found.append(Statistic(evidence, _label(what), int(value) if value.is_integer() else value, "%", start, end,
                                   qualifier, subject=subjects[index] if subjects else None))
    for match in (m for start, end in lines for m in _RATE_FIRST.finditer(text, start, end)):
        if ((value := percent(match.group("n"))) is None
                or any((value, _ONE_WORD.search(match.group("what")).group()) == (v, w) for v, w, _ in told)
                or ctx.plans.holds(match.start()) or ctx.agency_sentences.holds(match.start())
                or _THRESHOLD.search(text, max(0, match.start() - 3), match.start())):
            continue  # told already, or a threshold (不到60%的满意度)
        start, end, evidence = ctx.span(max(0, match.start() - 2) if _HIGHER.search(
            text, max(0, match.start() - 2), match.start()) else match.start(), match.end())
        found.append(Statistic(evidence, match.group("what"), int(value) if value.is_integer() else value, "%", start,
                               end, match.group("q")))
    return found


# The digits of a count right before a rate's words, which the words leave out (3个部门满意率).
_COUNT_BEFORE = re.compile(r"\d+$")
_COUNT_DIGITS = 8
# The further percentages of a 分别 list after a rate's first (满意率分别为91.4%、88.6%和85.7%).
_EACH = "分别"
_NEXT_RATE = re.compile(rf"\s*(?:、|和|及|与|,|，)\s*{PERCENT}(?P<q>以上)?")
# A 分别 list whose percentages each follow the name of what they are of (满意率分别为市教育局百分之九十八、市卫健委百分之八十五;
# 分别为城区98%、农村85%): the first name between 分别 and its percentage, each further one after 、 和 及 与 (never a comma,
# after which a change or another figure may follow). Source: a first-time analyst (round 33: only the first value was read).
_FIRST_NAMED = re.compile(rf"{_EACH}(?:为|是|达到|达|在)?(?P<name>(?!为|是|达|在|约|近|超|高于|低于){HAN}{{2,12}})$")
_NEXT_NAMED = re.compile(rf"\s*(?:、|和|及|与)\s*(?P<name>{HAN}{{2,12}}?)\s*{PERCENT}(?P<q>以上)?")


# The bodies or topics a 分别 list's percentages belong to, named before it in its sentence: the last list of organs joined
# by 、 和 及 与 (对县公安局、县市场监督管理局开展工作评议，评议结果满意率分别为92.5%和88.1%), else the items listed in the rate's
# own clause before its words, less a count closing them (义务教育、养老服务两项民生实事满意率分别为95.2%和93.6%).
_TOPIC_ITEMS = re.compile(f"[{LIST_JOINERS}]")
_COUNT_CLOSING = re.compile(rf"等?(?:\d+|[{COUNT_NUMERAL_CHARS}]+)[个项家所类件条][^{LIST_JOINERS}]*$|的$")
_TOPIC = re.compile(f"{HAN}{{2,16}}")


def _each_of(ctx: Context, low: int, at: int, count: int) -> list[str]:
    """The ``count`` names, as written, of the bodies or topics a 分别 list of percentages told from view offset ``at``
    belongs to, in order (:data:`patterns.LIST_JOINERS`): the last list of two or more organs (:attr:`Context.organ_hits`) in
    ``text[low:at]``, else the items of the clause before ``at``; [] when the list named holds another number of
    items or none is named (3个部门满意率分别为…). Source: a first-time analyst (round 32: 评议结果满意率分别为92.5%和88.1%
    gave two rates with nothing saying which department each was)."""
    text, lists = ctx.text, []
    for hit in (h for h in ctx.organ_hits[bisect_left(ctx.organ_starts, low):] if h.start < at):
        if lists and lists[-1][-1].end + 1 == hit.start and text[hit.start - 1] in LIST_JOINERS:
            lists[-1].append(hit)
        else:
            lists.append([hit])
    named = next((hits for hits in reversed(lists) if len(hits) > 1), [])
    if named:
        return [ctx.span(h.start, h.end)[2] for h in named] if len(named) == count else []
    clause = _after_last(text, _CLAUSE_ENDS, low, at)
    words = _ONE_WORD.search(text, clause, at + _REACH)
    items = _TOPIC_ITEMS.split(_FILLER.sub("", text[clause : words.start() if words else at]))
    items[-1] = _COUNT_CLOSING.sub("", items[-1])
    if len(items) != count or not all(_TOPIC.fullmatch(item) for item in items):
        return []
    first = text.index(items[0], clause)
    return [ctx.span(i, i + len(item))[2] for item, i in zip(items, _offsets(text, items, first))]


def _offsets(text: str, items: list[str], start: int) -> list[int]:
    """Where each of ``items`` starts in ``text``, read in order from ``start``."""
    found = []
    for item in items:
        start = text.index(item, start)
        found.append(start)
        start += len(item)
    return found


def _of_others(word: str, rate: str, told_of: str) -> bool:
    """Whether a rate whose rate word is ``word`` (the rate's words ``rate``, told in the words ``told_of``: its sentence
    and the one before) is of others' work, no oversight statistic: others' handling (热线办结率: :data:`_HANDLED_BY_OTHERS`),
    carrying out or rectifying no suggestion, motion, audit or finding (项目落实率: :data:`_OF_SUGGESTIONS`), a
    participation rate naming no deputies (群众参与率), or a rate of no word of its own naming no means of the congress
    (森林覆盖率: :data:`_CONGRESS_MEANS`)."""
    word = _rate_key(word)
    if word in _REPLY_RATES:
        return _HANDLED_BY_OTHERS.search(told_of) is not None
    if word.endswith(_HANDLING_RATES):  # 解决和基本解决率 is a rate of solving
        return _OF_SUGGESTIONS.search(told_of) is None
    if word == _DEPUTIES_RATE:
        return _DEPUTIES.search(told_of) is None
    return not _NAMED_RATE.fullmatch(word) and _CONGRESS_MEANS.search(rate) is None


def _rate_key(word: str) -> str:
    """A rate word as its rate (:data:`_OUTCOME_SHARE`): an outcome's share told as 比例 or 比率 is the outcome's rate
    (解决的比例 → 解决率, 满意的比例 → 满意率); other words as they are."""
    return _SHARE_WORD.sub("率", word)


def _rates_told(text: str, match: re.Match[str], rates: list[str]
                ) -> list[tuple[str, tuple[float, int, str | None], tuple[int, int] | None]]:
    """The (rate, (value, end of its evidence, qualifier), name) triples a :data:`_RATE` match tells: its one percentage
    for each of ``rates`` (办复率和满意率均为100%), or, where 分别 comes before it, one statistic per percentage the list
    gives (3个部门满意率分别为91.4%、88.6%和85.7%: the special inquiry's appraisal vote, one value per department; as
    the golds give one statistic per value of a 分别 list, f32), paired with the rates in order where as many are
    named (满意率和办复率分别为95%和98%). Source: a first-time analyst's round 27 (only the first rate was kept). ``name``
    is the view span of what a value of a list naming each (分别为市教育局百分之九十八、市卫健委百分之八十五:
    :data:`_FIRST_NAMED`) is of; None otherwise."""
    if (value := percent(match.group("n"))) is None:
        return []
    first = (value, match.end(), match.group("q"))
    gap = text[match.end("what") : match.start("n")]
    if _EACH not in gap:
        return [(rate, first, None) for rate in rates]
    told, at, names = [first], match.end(), []
    if len(rates) == 1 and (named := _FIRST_NAMED.search(gap)):  # each value after its name
        names.append((match.end("what") + named.start("name"), match.end("what") + named.end("name")))
        while (more := _NEXT_NAMED.match(text, at)) is not None and (value := percent(more.group("n"))) is not None:
            told.append((value, more.end(), more.group("q")))
            names.append(more.span("name"))
            at = more.end()
        return [(rates[0], value, name) for value, name in zip(told, names)] if len(told) > 1 else [(rates[0], first, None)]
    while (more := _NEXT_RATE.match(text, at)) is not None and (value := percent(more.group("n"))) is not None:
        told.append((value, more.end(), more.group("q")))
        at = more.end()
    if len(rates) == 1:
        return [(rates[0], value, None) for value in told]
    return [(r, v, None) for r, v in zip(rates, told)] if len(rates) == len(told) else [(rate, first, None) for rate in rates]


def _count_kinds(ctx: Context, found: list[Statistic], spans: list[Span]) -> None:
    """Give a statistic the kind of the summary count it states (开展执法检查11项 → law_enforcement_inspection).

    A summary count is an activity with a count (:mod:`activities`) whose evidence overlaps the
    statistic's and whose count is its value; where one stretch counts several kinds (评议和测评各1次),
    the kind whose trigger names the statistic's measure wins. A number of laws (检查6部法律实施情况) counts
    law-enforcement inspections, one per law, as the genre numbers them (开展执法检查5部); no other kind.
    """
    counted = [f for f in ctx.activity_hits if f.count is not None]
    taken: set[int] = set()
    for stat, span in zip(found, spans):
        if stat.unit in _NOT_ACTIVITY_UNITS:
            continue
        candidates = [i for i, f in enumerate(counted) if i not in taken and f.count == stat.value and f.status == stat.status
                      and f.span.start < span.end and span.start < f.span.end
                      and (stat.unit not in _LAWS_UNITS or f.type == "law_enforcement_inspection")]
        named = [i for i in candidates if TRIGGERS[counted[i].type].search(stat.what)]
        if chosen := (named or candidates)[:1]:
            taken.add(chosen[0])
            stat.kind = counted[chosen[0]].type
