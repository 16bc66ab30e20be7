"""Deputies: named deputies (王瑛等12名代表) and counted or qualified groups of deputies.

The written rule of the annotators (PROVENANCE-j-b, PROVENANCE-k-b): a named deputy, or a group
qualified by count, part or whole, level, term or place, or role. Counted groups carry their count
(区人大代表67名, 66名代表, a session's 实到58人 after 应到代表60人); qualified groups (全区各级人大代表,
四级代表, 部分代表, 市十四届人大代表, 与会代表) have none; bare 代表, 人大代表 and 代表们 are no group, nor
are the words of a title (《…代表法》) or deputies as a modifier (人大代表建议), as ../shared/corpus
annotates (d02: 听取人大代表、专家学者…的意见). A report's several words for one group are one entry.
A name is a suggestion, taken only where the genre writes one (X等N名代表, 、X代表、, X、Y代表认为, 全国人大代表X,
a list under a heading of deputies).
"""
from __future__ import annotations

import re

from typing import TYPE_CHECKING

from loaders.extract.spans import Claimed
from loaders.facts import DeputyMention
from loaders.lexicon import areas
from loaders.lexicon.areas import gazetteer
from loaders.lexicon.first_chars import finditer, quick
from loaders.lexicon.normalise import simplify
from loaders.lexicon.numerals import to_number
from loaders.lexicon.patterns import ABOUT_AFTER, HAN_CHARS, LEVEL_OF_CHAR, LEVELS, NUMERAL_CHARS, ORDINAL, TERM
from loaders.lexicon.tables import column, words_of

if TYPE_CHECKING:
    from loaders.extract.context import Context

# (12万多名县乡人大代表: a count in ten thousands is read whole, never from its 万)
# (数十名代表, 几十位代表, 上百名代表, 成百上千名代表 count no one: a vague number; nor does a slogan's round 百, 千 or 万
# alone, “千名代表调研视察千项工程行动”, 百名代表进百企: both are left to the qualified groups, or to nothing; 近百名代表,
# 约千名代表 count about that many)
_NUM = (rf"(?<![\d.{NUMERAL_CHARS}])(?P<n>\d+万?|(?<![数几成])(?:(?<!上)|(?![百千]))(?:(?<=[近约逾超达])|(?![百千万][名位人]))[{NUMERAL_CHARS}]+)"
        rf"(?P<q>{ABOUT_AFTER})?")
# What 代表 right after it names no group of deputies: a thing named for them (代表联络站, 代表之家, 代表建议, 代表名额:
# ``deputy-words.csv``'s named rows), and after a bare or grassroots 人大代表 their work in general (激发基层人大代表履职
# 热情: its own_work rows), which after a group named by its count, part, whole, levels or term is that group's own
# (听取2名市人大代表履职情况的报告: :data:`_NOT_BODY_OF_GROUP`).
_NOT_BODY_OF_GROUP = rf"(?!{words_of('deputy-words', 'named')})"
_NOT_BODY = rf"(?!{words_of('deputy-words', 'named')}|{words_of('deputy-words', 'own_work')})"
# The one-character level words of a congress (省, 市, 州, 区, 县, 旗, 镇, 乡): the lexicon's level table.
_LEVEL_CHARS = "".join(word for word in LEVEL_OF_CHAR if len(word) == 1)
# 、 between two level words (区、乡人大代表) joins them into one group's description
_LEVELS_AND = rf"(?<=[{_LEVEL_CHARS}])、(?=[{_LEVEL_CHARS}])"
# The common surnames a deputy's name may start with: data/surnames.csv.
_SURNAMES = "".join(s for s in column("surnames", "surname") if len(s) == 1)
# Compound surnames (欧阳, 司马, 上官): the table's two-character rows; a name of one opens with them.
_COMPOUND = "|".join(s for s in column("surnames", "surname") if len(s) == 2)
# A surname and a given name of one or two characters (王明, 欧阳明华), as few characters as the pattern allows.
_GIVEN = rf"(?:(?:{_COMPOUND})[{HAN_CHARS}]{{1,2}}?|[{_SURNAMES}][{HAN_CHARS}]{{1,2}}?)"
# The same name read whole, as long as it may be (two characters after the surname where there are two).
_FULL_NAME = rf"(?:{_COMPOUND})[{HAN_CHARS}]{{1,2}}|[{_SURNAMES}][{HAN_CHARS}]{{1,2}}"
# Representatives who are no deputies of a congress, by the word right before 代表 (选民代表, 列席代表, 群众代表, 公民代表:
# ``deputy-words.csv``'s represented rows, each a look-behind of its own, as their lengths differ). An uncounted 列席代表
# of a standing committee's meeting (决定了…会议的列席代表) is deputies: :data:`_QUALIFIED`.
_NOT_DEPUTY = "".join(f"(?<!{word})" for word in words_of("deputy-words", "represented").split("|"))
# The number of deputies the law requires to join a motion (10名以上代表联名, 代表10人以上联名提出的议案): a threshold, no
# group of deputies, as it is no statistic (statistics._JOINT_MOTION).
_THRESHOLD = r"(?!以上[^，,。；;、\d]{0,8}?联名)"
# (a page may set a space after the number: 2 名市人大代表, dev ab57 y11; as after 部分 in :data:`_GROUP`, 代表履职 after a
# count is those deputies' own work: 听取2名市人大代表履职情况的报告)
# (a count given to each of several, or each one, is no group: 每一位代表 is every deputy; 由5个代表团各推选1名代表,
# 每个代表小组各安排2-3名镇人大代表, a range's end being no count either: round 29, readable dev aa55, ad47, h38, ae51)
_EACH = r"(?<!每)(?<![-－~～])(?<![-－~～]\s)(?<!各(?:推选|推荐|选派|派出|安排|确定|选出))"
_COUNTED_BEFORE = quick(
    rf"(?:(?P<name>{_FULL_NAME})等)?{_EACH}{_NUM}\s?(?:名|位|人次){_THRESHOLD}(?P<desc>(?:[^，,。；;、\d]|{_LEVELS_AND}){{0,10}}?)"
    rf"{_NOT_DEPUTY}(?:人大)?代表{_NOT_BODY_OF_GROUP}"
)
# (出席本次大会的代表共691名, 各级代表(18名): a total after 共, a count in brackets after a list's heading)
# (人大代表共有307名, 全镇人大代表计56名: the count after a verb of having; a page may set the number off by spaces,
# 出席本次全体会议的代表 355 人, as before a unit: round 50, az05)
_COUNTED_AFTER = quick(rf"(?P<desc>[{_LEVEL_CHARS}]?(?:{ORDINAL}届?)?){_NOT_DEPUTY}(?:人大)?代表[（(]?(?:共有|共计|共|计有|计)?(?:近|约)?\s?{_NUM}\s?(?:名|位|人次|人){_THRESHOLD}")
# A count of seats (round 34 ruling 2): the deputies a session is due (应到代表80人, 应出席的正式代表52名, 代表应到60名),
# has present (实到代表112名, 出席代表200人: round 46 ruling 1) or a congress has (实有代表628名, 共有代表949名), the words of
# ``deputy-words.csv`` before the number; no group of deputies, the number staying a statistic. Read over the clause before a count's number.
_SEATS = quick(rf"(?:(?:{words_of('deputy-words', 'due')}|{words_of('deputy-words', 'present')})(?:会议|大会|会)?[^，,。；;\d]{{0,16}}?代表|(?:{words_of('deputy-words', 'held')})"
               rf"(?:人大)?代表|代表(?:{words_of('deputy-words', 'due')}))(?:为|共|共有)?\s?$")
# A counted group told present at the session (547名代表出席会议, 125名镇人大代表出席了会议, 807名代表出席，符合法定人数;
# 1500多名出席会议的人大代表听取…): the session's present count, a statistic with no group of deputies (genre README round
# 47 ruling 1 over round 46 ruling 1: n34, ai49, am02 aligned). Attending other work (20名代表出席座谈会) stays a group, and
# so does a delegation's count (岳阳代表团52名省人大代表出席会议: the delegation keeps its entry beside it, ac16).
_PRESENT_WORDS = words_of("deputy-words", "present")
_AT_SESSION = rf"(?:{words_of('deputy-words', 'this')})?(?:预备)?(?:会议|大会)"  # 出席本次会议: this rows name it the present one
# (the non-voting attendees told beside the count before the verb, 65名镇代表和30名列席代表出席会议, 59名镇人大代表及38名列席人员
# 共97人参加会议, 90名人大代表134名列席人员齐聚一堂, their count after them as a count of deputies may stand, 代表50人和列席代表
# 16人参加会议, and a word of time before it, 79名正式代表如期到会: round 48, the sweep of round 47 ruling 1 having aligned ah51
# i33 i40 m37 m39 o37 t35 w59; ``deputy-words.csv``'s beside and punctual rows)
_FIGURE = rf"(?:\d+|[{NUMERAL_CHARS}]+)\s?(?:余|多)?[名人位]"
# (a comma may set the attendees' count off the deputies', 51名人大代表，16名列席人员参加了此次会议: n40, ad51; round 51)
_BESIDE = (rf"(?:(?:及|和|与|以及|、|[，,](?=\s?{_FIGURE}))?(?:{_FIGURE})?[^，,。；;\d]{{0,4}}?(?:{words_of('deputy-words', 'beside')})"
           rf"[^，,。；;\d]{{0,4}}?(?:人员|代表|同志)(?:\s?共?{_FIGURE})?)?")
_ON_TIME = rf"(?:共|均|全部)?(?:{words_of('deputy-words', 'punctual')})?"
_PRESENT_AFTER = re.compile(rf"\s?{_BESIDE}{_ON_TIME}(?:{_PRESENT_WORDS})了?(?:{_AT_SESSION}|(?=[，,。；;]))")
# Taking part in a session (参加了会议, 参加此次会议, 齐聚一堂) is its present count only where the paragraph before it, within
# :data:`_SESSION_REACH`, names the session (…人民代表大会第二次会议隆重开幕。全乡48名代表和27名列席人员参加会议; 人代会,
# 届人大七次会议): 参加会议 alone may be any meeting's (round 48; ``deputy-words.csv``'s joined and gathered rows; read to the
# sentence only, i40's count, whose session the sentence before names, stayed a group).
_JOINED_AFTER = re.compile(rf"\s?{_BESIDE}{_ON_TIME}(?:(?:{words_of('deputy-words', 'joined')})了?{_AT_SESSION}|{words_of('deputy-words', 'gathered')})")
_SESSION_NAMED = re.compile(r"人民代表大会|人代会|届人大|代表大会")
_SESSION_REACH = 120  # the characters before a count read for the session's name, within its paragraph
_PRESENT_BEFORE = re.compile(rf"(?:{_PRESENT_WORDS}){_AT_SESSION}的")
# A session's attendance: the count present leaves out the 代表 the expected count named (会议应到代表60人，
# 因事因病请假2人，实到58人; 应出席代表2986人，出席2948人，缺席38人). No count is a group of deputies (round 46
# ruling 1 over PROVENANCE-h-b h36, PROVENANCE-j-a j01: the present count is a statistic only); the absent (缺席, 请假) are statistics only, and the members of a
# standing committee present (组成人员应到61人，实到57人) are no deputies. Some pages double the comma (应出席代表52名,,实到52名)
# or set a space around the number (應到代表89 名，實到代表89名), or leave out the due count's unit (应出席代表66,…,实到56名:
# dev am51). The absent told between (因事请假的代表3名) are no group either.
_PRESENT = quick(
    r"应(?:出席|到)(?:会议|大会|会)?的?(?:正式)?代表(?:为|共)?\s?\d+\s?[名人]?(?:[，,]+[^，,。；;\n]{0,12}?\d+\s?[名人])*?[，,]+"
    rf"(?P<present>(?:实际)?(?:出席|到会|实到)(?:会议|大会)?(?:代表)?(?:共|为)?\s?{_NUM}\s?[名人])"
)
# (部分省十四届人大代表履职情况报告: after 部分, 个别 or 全体, 代表履职 is those deputies' own work;
# 各级媒体宣传报道代表履职 is not a group of deputies; 部分企业代表, 全体村民代表: representatives who are no deputies,
# :data:`_NOT_DEPUTY`)
# (a group's words never cross an opening quote: 部分群众共同开展了“人大代表驻站工作日” names an event; dev m35)
# (nor a conjunction after the congresses: 各级人大和人大代表, 各级人大常委会和人大代表, 各级人大机关和人大代表 are the
# congresses and deputies in general, the level word the congresses'; round 34, dev aa31 ac11 ag25 ai03)
# (来自全市各条战线的人大代表, 来自全区各行各业、各条战线的自治区人大代表, 全镇各界人大代表: deputies qualified by the fields
# or places they come from, ``deputy-words.csv``'s sector rows; round 34 ruling 8, dev aa33 ae25 p37 w07; their congress
# named, 人大代表 or a level's: 社会各界代表 are society's representatives)
_SECTOR = words_of("deputy-words", "sector")
# A level word of a congress (全国, 自治区, 省, 市 …): the lexicon's level table, longest first.
_LEVEL = "(?:全国|" + "|".join(sorted(LEVEL_OF_CHAR, key=len, reverse=True)) + ")"
_GROUP = quick(
    rf"(?:来自[^，,。；;、“\d]{{0,8}}?)?(?:全[{_LEVEL_CHARS}])?(?:{_SECTOR})(?:、(?:{_SECTOR}))*的?"
    rf"(?:{_LEVEL}(?:人大)?|人大)代表{_NOT_BODY}"
    rf"|(?:(?:全[{_LEVEL_CHARS}])?各级|全[{_LEVEL_CHARS}]|[{_LEVEL_CHARS}]{{2,4}}[一二三四五两]级|[一二三四五两]级)"
    rf"(?:(?!代表|(?<=人大|委会|机关)[和及与])[^，,。；;、“\d]){{0,10}}?{_NOT_DEPUTY}"  # (四级人大联动、五级代表: the deputies are the 五级 only)
    rf"(?:人大代表{_NOT_BODY_OF_GROUP}|代表{_NOT_BODY})"  # (各级媒体宣传报道代表履职: the deputies' work, no group; shared corpus seed)
    rf"|(?:部分|全体|个别)(?:(?!代表|部分|全体|个别)[^，,。；;“\d]){{0,10}}?{_NOT_DEPUTY}(?:人大)?代表{_NOT_BODY_OF_GROUP}"
    rf"|所有(?:(?!代表)[^，,。；;“\d]){{0,10}}?{_NOT_DEPUTY}人大代表{_NOT_BODY}"  # (所有镇人大代表; 所有领衔代表: no congress named)
)
# People named as not deputies (不是本届人大代表的村社书记, 不是州第十三届人大代表的州委领导, 非镇人大代表的党政领导, 不是代表的
# 站所负责人): the attendees a session invites beside its deputies, no group; no group is read inside those words (round 51:
# the 15 readable places of the form give none, aa57 ah21 r13 read one).
_NOT_ONE_OF = quick(r"(?:不是|并非|非)[^，,。；;、“\d]{0,12}?代表的")
# Deputies joined by a conjunction to the masses (受镇人大代表和人民群众监督, 给全旗人大代表和广大人民群众一个满意的答复, 全镇广大干部
# 群众和各级人大代表要…): the deputies and the people in general, as the bare 人大代表和人民群众 is, no group (round 51: the 25
# readable places of the form give none; ae59 au53 av51 read a level group).
_MASSES_BEFORE = re.compile(r"群众[和及与、]")
_MASSES_AFTER = re.compile(rf"[和及与、](?:广大|全[{_LEVEL_CHARS}])?(?:人民)?群众(?!代表)")
# The part of the deputies whose credentials a report is on (《关于个别代表资格的报告》, 《关于部分代表的代表资格的报告》,
# 《…个别代表资格变动情况报告》): a deputies mention though its words are a title's (README round 13: k12, m11, n01, m06,
# n04, o02, o23, o25).
_CREDENTIALS_OF_PART = re.compile(r"(?:部分|个别)(?:人大)?代表(?:的代表)?资格")
# (a name does not end in a conjunction joining it to 代表: 决定、任免和代表等工作 names the work on deputies)
# (其中王洪志代表兼任…: after 其中, a name; 兼任, 兼 what a named deputy is besides)
# What a deputy named before 代表 does next (王明代表表示, 李红代表建议，…: 建议 a verb before a mark, not 代表建议 the noun).
_AFTER_NAMED = r"(?=[，,、。；;等提领联在就对也还作说兼]|先后|发言|参加|出席|表示|介绍|认为|积极|主动|多次|走访|深入|带|建议[，,：:]|被|获|荣获)"
# (a name may open a paragraph after its indent:   孙明代表建议，…)
# (a verb opening the clause whose first character opens a surname, 呼吁代表, 方便代表: ``deputy-words.csv``'s verb rows)
_NAMED = quick(rf"(?:(?<![^，,、。；：:（(“\s就对由请])|(?<=其中))(?!{words_of('deputy-words', 'verb')})(?P<name>{_FULL_NAME})"
               rf"(?<![等和与及])代表{_AFTER_NAMED}")
# Names listed before 代表 and what the deputies do (王明、李红代表认为, a group's talk in the news): each a named deputy,
# the list opening a clause.
_LISTED_NAMED = quick(rf"(?<![^，,。；：:（(“\s])(?P<names>{_FULL_NAME}(?:、[{HAN_CHARS}]{{2,3}})+)代表{_AFTER_NAMED}")
_NAME = rf"(?<!关){_GIVEN}"  # 关于王勇: 于 is no surname there
# Where a name ends: punctuation, or a verb or particle that follows a name (王明提出, 李红表示).
_NAME_END = (r"(?=[，,、。；;：:（(”\s和及等]|提出|提交|表示|认为|建议|说|介绍|发言|领衔|在|的|同志|先后|分别|参加|出席|列席"
             r"|向|宣讲|作|是"  # (区人大代表柳向魁向原选区选民报告履职情况, 邀请全国人大代表莫元花宣讲…)
             r"|组成|也|还|就|对|围绕|来到|到|走访|深入|带头|主动|积极|多次|经常|一直|始终|认真|专门"
             # what a deputy quoted in the news does next (在全国人大代表党永富看来, 代表李华坦言, 王明传达…)
             r"|看来|切实|感受|传达|告诉|坦言|指出|谈到|呼吁|强调|感慨|希望|觉得|带来|建言|讲述|回忆"
             r"|问|指[着著]"  # a deputy questioning officials (市人大代表孔明问及…, 县人大代表李华指着屏幕发问, dev ab55 y49)
             r"|被|获|荣获"  # a deputy honoured (镇人大代表李建华、周秀芬被评为…, 县人大代表王明荣获…: round 29)
             r"|执行代表职务|$)")  # a deputy suspended (暂停县级人大代表孟令东执行代表职务: round 50 ruling 9, ay59)
# Deputies named as many (各位省人大代表, 全体代表, 广大人大代表, 代表们): what follows them is what they do, no one's name
# (各位省人大代表关心和支持…).
_MANY = r"(?<!各位)(?<!各)(?<!全体)(?<!广大)(?<!部分)(?<!诸位)"
# A deputy named by role: 全国人大代表王明, 省人大代表李红, 群众代表张强; not one of deputies named as many (:data:`_MANY`).
_BY_ROLE = quick(rf"(?:{_MANY}(?:全国|[{_LEVEL_CHARS}])|{_MANY}(?<![国{_LEVEL_CHARS}]))(?:人大代表|群众代表)"
                 rf"(?P<name>{_NAME}){_NAME_END}")
# A deputy named after a bare 代表 where a suggestion or motion is told (其中代表王建国提出的《…建议》, 由代表张伟领衔
# 提出的议案, 代表刘强建议…: round 29, the way suggestion items name their author): the 代表 opens its clause and the
# name is followed by the author's verb; not 代表 as a verb before a place or body (代表高新区提出, 代表向大会提出建议,
# 代表于…: a preposition's surname-like character, or a name ending as a place or body does).
_AUTHOR = quick(rf"(?:(?<![{HAN_CHARS}])|(?<=其中)|(?<=由))代表(?![向于])(?P<name>{_GIVEN})(?<![{_LEVEL_CHARS}会团组处局委办厅部院])"
                r"(?=提出|提交|领衔|联名|所提|建议|牵头)")
# Deputies listed after 代表: 代表王明、李红、张强 (each is a named deputy). The first name opens with a common
# surname; the list's shape says the others are names too, whatever their surname (全国人大代表刘怀平、党永富、温娟:
# 党 is no common surname; a new user's report, round 18), as before 等 (:data:`_LISTED_BEFORE`).
_LISTED = quick(rf"(?<=代表)(?P<names>{_NAME}(?:、[{HAN_CHARS}]{{2,3}}?)+){_NAME_END}")
# A personnel item: 王明辞去省人大代表职务, 接受李红辞去…代表职务的请求, 张伟当选为市人大代表;
# 罢免孙伟的市人大代表职务, 终止李红的代表资格, 补选王明为省人大代表.
# (the office or credential is named after 的: 选举任命的国家机关工作人员、人大代表 names no one)
# (the name starts a word: after a mark or the verb taking the item up, 接受王明辞去, 同意李红辞去; never inside one,
# 接受有关人员辞去…代表职务: 有关|人员, no 关人员)
_WORD_BEFORE_NAME = rf"(?:(?<![{HAN_CHARS}])|(?<=接受|同意|批准|关于|决定|确认|许可|提请|请求)|(?<=了))"
# (elected to an office of the congress, 选举X为…人民代表大会常务委员会副主任, is no deputy: 代表 before 大会; dev x21)
# (several resigning together, named by the first and their count: 接受石小兵等3名同志辞去…代表职务, au53; the deputy's seat
# among the posts resigned, 辞去虹口区第十五届人大代表、人事工作委员会委员职务, ay49: round 50 ruling 9, round 51)
_RESIGNED = quick(rf"{_WORD_BEFORE_NAME}(?P<name>{_NAME})(?:等(?:\d+|[{NUMERAL_CHARS}]+)名)?(?:同志)?"
                  rf"(?:辞去[^，,。；;]{{0,20}}?代表(?:、[^，,。；;、]{{1,16}}?)?职务|当选为?[^，,。；;]{{0,20}}?代表(?:大会代表|(?!大会)))"
                  rf"|(?:罢免|终止|撤销|补选|选举|确认)(?P<other>{_NAME})(?:同志)?"
                  rf"(?:的[^，,。；;、]{{0,20}}?代表(?:职务|资格)|为[^，,。；;、]{{0,20}}?代表(?:大会代表|(?!大会)))")
# A deputy named by role and job (市人大代表、市中心医院院长李华): the name after the job title.
# (the job may name its place and unit at length: 全国人大代表、宁夏…罗家河湾村村医马玉花, 第十四届全国人大代表、
# 太仓…有限公司件杂货操作部门机班大班长褚锋; a page may set two marks between, 省人大代表，、区委书记唐浩然; and
# several jobs, 市人大代表、市委常委、县委书记孙轶)
_JOB = r"(?:长|主任|书记|常委|支书|经理|董事长|主席|委员|医生|村医|校医|教师|老师|站长|队长|厂长|所长|馆长|会长|员|师)"  # 材料员, 技术员, 工程师
# (a conjunction after the role opens another person's item: 马华等全国人大代表，以及省人大常委会委员肖萍 — 肖萍 is named by
# the list she is in, :data:`_JOBS_LISTED`)
# (the role may name its term, 市五届人大代表、县委副书记、县纪委书记赵向阳: read whole, no level group left before the name;
# round 51, dev j29)
_BY_ROLE_AND_JOB = quick(rf"(?:(?:全国|[{_LEVEL_CHARS}]){TERM}?)?人大代表[、，,]{{1,2}}(?!以及|和|及|与)(?:[^，,。；;、\d]{{2,32}}?{_JOB}、?){{1,3}}"
                         rf"(?P<name>{_NAME}){_NAME_END}")
# People listed each after their jobs, comma-separated, the list closed by a name and 等…代表 (…副主任委员肖萍，省作协副主席
# 侯志明，…西南科技大学党委书记陈永灿等省人大代表参加视察: the deputies of a visit as the news names them, dev af27): each
# item's name is a named deputy; an item may open with a conjunction (以及…), and the list ends where an item is no
# job and a name.
_JOBS_LISTED = re.compile(rf"(?:以及|和|及|与)?(?:[^，,。；;\d]{{2,40}}?{_JOB})(?P<name>{_FULL_NAME})$")
_ITEM_MARK = "，,"
# One item of a list of officials: a post of any length, a job word ending it, and a name of two or three characters,
# whatever its surname, as the list's shape says (副主任杨文民, 县委书记李淑侠, 政法委书记暴剑).
_OFFICIAL = re.compile(rf"[^，,。；;、\d]*?{_JOB}(?P<name>[{HAN_CHARS}]{{2,3}})$")
# Officials named with their posts who take part as deputies (县委书记李淑侠、县人大常委会主任张兴涛、副主任杨文民以普通代表
# 身份参加视察; 区委常委、政法委书记暴剑，区法院院长龚浩鸣以普通代表身份在所在街乡参加活动: dev ah43, ak55): each item of
# the list before 以…代表身份 that ends in a job and a name is a named deputy (:func:`_officials_before`).
_AS_DEPUTY = quick(r"以普通(?:人大)?代表的?身份")
_JOB_BEFORE = re.compile(rf"{_JOB}[{HAN_CHARS}]?$")
_JOB_WORD = re.compile(_JOB)  # a job right before a name (主任马华: 任 may open the name)


def _job_ends_in(text: str, first: int, name: str) -> bool:
    """Whether the first character of ``name`` (read from ``first``) ends the job written right before it: 主任马华 (任
    read as the surname 任) and 副县长孙雪华 (长孙 read as the compound surname) name 马华 and 孙雪华. A name of
    two characters keeps them (任丽: no given name would be left)."""
    if len(name) < 3:
        return False
    if _JOB_WORD.fullmatch(text, first - 1, first + 1):
        return True
    return text.startswith("长", first) and first > 0 and re.match(rf"[{HAN_CHARS}]", text[first - 1]) is not None


# Names listed before 等 and deputies: 王明、李红、张强等(3名)代表. The list's first name opens with a common surname; the
# list's shape says the others are names too, whatever their surname (陈新、徐文光、居亚平等49名衢州代表团代表). What
# follows 等 names the deputies themselves, not another group joined to them (…等主席团成员和人大代表, …地震局等部门负责人
# 和部分人大代表: the names are of those others).
# Also with the count right after the names (王明、李红两位代表, 张伟、李强、赵敏3名县人大代表): the count is a group of its
# own (:data:`_COUNTED_BEFORE`).
_LISTED_BEFORE = quick(rf"(?P<names>{_NAME}(?:、[{HAN_CHARS}]{{2,3}}?)+)"
                       rf"(?=等[^，,。；;和及与]{{0,14}}?代表|(?:[两二三四五六七八九十]|\d+)[名位](?:[^，,。；;、\d]{{0,10}}?)代表)")
# A deputy named with the role in brackets after the name (王明（市人大代表）表示, 李红(全国人大代表、某公司董事长)):
# that deputy.
_ROLE_IN_BRACKETS = quick(rf"{_WORD_BEFORE_NAME}(?P<name>{_NAME})[（(][^（）()。；;]{{0,24}}?人大代表(?!建议|议案|联络)"
                          rf"[^（）()。；;]{{0,24}}?[)）]")
# Names listed on the line under a heading of deputies (1.各级代表(18名) / 参加视察的人大代表：), a name
# to each item, 、-, ，- or space-separated: each is a named deputy.
# (The list's shape says they are names, so any surname: 琚新莲.)
_HEADED_LIST = re.compile(rf"^[^\n。；;]{{0,16}}代表(?:[（(]\d+[名人位][)）])?[:：]?\n(?P<names>[{HAN_CHARS}]{{2,4}}(?:[、，, ][{HAN_CHARS}]{{2,4}})+)[。；;]?$", re.M)
_FULL_NAME = re.compile(rf"[{HAN_CHARS}]{{2,4}}")
# A group of deputies qualified by level (市人大代表, 全国、省、市人大代表, 驻镇市县人大代表), by taking
# part (与会的市人大代表, 列席代表) or as grassroots deputies (基层县人大代表); never a modifier
# (市人大代表建议), a deputy named next (市人大代表崔世刚: :data:`_BY_ROLE`) or a level word inside
# a longer word (城市人大代表).
# (新当选的人大代表; 参加县十六届人大五次会议的人大代表: the deputies of a session, named by taking part in it)
_ROLE = r"(?:(?P<taking>与会|参会|出席)的?|列席|基层|(?P<new>新当选)的?|(?:参加|出席)[^，,。；;、]{0,16}?(?:会议|大会)的)"
# The place deputies are stationed in or live in, 驻 and one to three characters (驻村人大代表, 驻站人大代表, 驻株全国人大代表,
# 驻区市人大代表, 驻镇市县人大代表: dev al59, g38, ae21, f18, h32), its level words after it; never an area whose name opens
# with 驻 (驻马店市人大代表: the gazetteer's).
_STATIONED = (rf"驻(?!{'|'.join(sorted({a.short[1:] for n in gazetteer() if n.startswith('驻') for a in gazetteer()[n] if a.short}))})"
              rf"[{HAN_CHARS}]{{1,3}}?")
_QUALIFIED = quick(
    rf"(?P<role>{_ROLE})?(?:{_STATIONED}(?:{_LEVEL}(?:、?{_LEVEL})*)?|(?<![社园城片辖景小都超郊新老本我各]){_LEVEL}(?:、?{_LEVEL})*)"
    rf"{TERM}?人大代表"
    rf"|(?P<role2>{_ROLE.replace('<taking>', '<taking2>').replace('<new>', '<new2>')})(?:人大)?代表"
)
# (a level's 代表资格 is a credential: 关于市七届人大代表资格的报告, 市八届人大代表资格审查委员会 name no
# group, PROVENANCE-k-a; the part whose credentials end, 个别代表的代表资格, is one: :data:`_GROUP`)
# (nor a delegation's name: 区人大代表前进代表团)
_QUALIFIED_END = re.compile(rf"{_NOT_BODY_OF_GROUP}(?!履职积极分子|资格|[{HAN_CHARS}]{{1,4}}代表团)(?![{_SURNAMES}])")
# 王勇等县十六届人大代表: a named deputy and the others, uncounted.
_NAMED_OTHERS = quick(rf"(?P<name>{_NAME})等(?P<desc>[^，,。；;、和及与\d]{{0,12}}?)(?:人大)?代表{_NOT_BODY}")
_NOT_LEVEL = re.compile(rf"[^国{_LEVEL_CHARS}]")
_LEVEL_RUN = re.compile(rf"([国{_LEVEL_CHARS}、]*)(?:人大)?代表(?!.*代表)")


def _count(numeral: str) -> int | float | None:
    """The number a group's count writes (67, 六十六, 12万); a round 百, 千 or 万 alone after 近 or 约 is one of them
    (近百名代表: about 100)."""
    return to_number("一" + numeral if numeral in ("百", "千", "万") else numeral)


def _levels(mention: str) -> str:
    """The level words of a group's mention (88名省人大代表 → 省, 399名全国人大代表 → 国; 实到代表45人 → nothing)."""
    return _NOT_LEVEL.sub("", simplify(mention))


def _level_run(mention: str) -> str:
    """The level words right before a group's 代表 (全乡34名县乡人大代表 → 县乡, 部分县、镇人大代表 → 县镇,
    20位基层人大代表 → nothing): what tells two groups of a report apart."""
    run = _LEVEL_RUN.search(simplify(mention))
    return run.group(1).replace("、", "") if run else ""


def find(ctx: Context) -> list[DeputyMention]:
    """Deputy mentions in the report, in text order: each group once however often the report names it."""
    text = ctx.text
    found: list[DeputyMention] = []
    taken = Claimed()
    counted: set[tuple[int, str]] = set()  # (count, level run) of each counted group found
    groups: set[str] = set()  # the words of each group found, simplified, without 人大 (for _same_levels)
    endings: set[str] = set()  # every ending of those words, the empty one too (for _named_before)

    def add(start: int, end: int, count: int | None, name: str | None, titled: bool = False) -> None:
        """Record a mention; ``titled``: a group a title names as its subject (《关于个别代表资格的报告》), a mention though inside the title."""
        if (name is None and not titled and ctx.titles.holds(start)) or not taken.take(start, end):
            # a title's words are no group (《…全国人民代表大会和地方各级人民代表大会代表法》, 《…人大代表满意度
            # 测评办法》), though a personnel item names its deputy (《关于接受张永州辞去…代表职务的决议》)
            return
        if name is None and count is None and (_MASSES_AFTER.match(text, end)
                                               or _MASSES_BEFORE.search(text, max(0, start - 3), end)):
            return  # 镇人大代表和人民群众, 干部群众和各级人大代表: the deputies and the people in general
        first, last, mention = ctx.span(start, end)
        if count is not None and name is None:
            run = _level_run(mention)
            if ((count, run) in counted or not run and any(told == count for told, _ in counted)):
                return  # the same group counted again (4名县人大代表 … 四位县人大代表; 14名县镇人大代表 … 14位代表: its levels unsaid)
            counted.add((count, run))
        if name is None:
            group = simplify(mention).replace("人大", "")
            groups.add(group)
            endings.update(group[at:] for at in range(len(group) + 1))
        found.append(DeputyMention(mention, first, last, name, count))

    lines = ctx.lines_with("代表")  # every pattern names 代表
    # a session's present count (实到代表60名) is a group of its own, though a counted group's words are in it
    present = [m for start, end in lines for m in finditer(_PRESENT, text, start, end)]
    attendance = [m.span() for m in present]  # the due count, the absent and the present: the present counted below
    for match in present:
        taken.take(match.start(), match.start("present"))  # no group read in the due count's or the absent's words
    for start, end in lines:
        for match in finditer(_NOT_ONE_OF, text, start, end):
            taken.take(*match.span())  # 不是本届人大代表的村社书记: no deputies
    for pattern in (_COUNTED_BEFORE, _COUNTED_AFTER):
        for start, end in lines:
            for match in finditer(pattern, text, start, end):
                if any(p_start < match.end() and match.start() < p_end for p_start, p_end in attendance):
                    continue
                seats = _SEATS.search(text, max(start, match.start() - 40), match.start("n"))
                if seats:
                    taken.take(seats.start(), match.end())  # no group read inside the seats' words (应出席代表: no 出席代表)
                    continue
                if pattern is _COUNTED_AFTER and _others_counted(match, text):
                    continue  # the list's total: the deputies in it are a group uncounted, read below
                if (told := _told_present(match, text)) is not None:
                    taken.take(match.start(), told)  # the session's present count: a statistic only, no group inside it
                    continue
                value = _count(match.group("n"))
                name, first = match.groupdict().get("name"), match.start()
                if name and text[first - 1 : first] == "、":
                    # the last of names listed before 等 and a count (王明、李红等6位代表): the names are deputies of their
                    # own (:data:`_LISTED_BEFORE`) and the count one group (等6位代表), as round 13 ruled for 等15位同志
                    name, first = None, match.end("name")
                add(first, match.end(), int(value) if value is not None else None, name)
    for match in present:  # a session's present count is a statistic only (round 46 ruling 1): no group read in it
        taken.take(*match.span("present"))
    for start, end in lines:
        for match in finditer(_GROUP, text, start, end):
            if _same_levels(match.group(), groups):
                taken.take(*match.span())  # the group named before: no level group read inside its words either
            elif not _named_before(match.group(), endings, counted):
                add(*match.span(), None, None, titled=bool(_CREDENTIALS_OF_PART.match(text, match.start())))
    for pattern in (_NAMED, _BY_ROLE, _BY_ROLE_AND_JOB, _RESIGNED, _NAMED_OTHERS, _ROLE_IN_BRACKETS, _AUTHOR):
        for start, end in lines:
            for match in finditer(pattern, text, start, end):
                first, name = match.start(), match.group("name") or match.groupdict().get("other")
                if pattern is _NAMED_OTHERS and _job_ends_in(text, first, name):
                    first, name = first + 1, name[1:]  # 主任马华等全国人大代表: 任 ends the job, not a surname
                add(first, match.end(), None, name)
    for start, end in lines:
        for match in finditer(_NAMED_OTHERS, text, start, end):
            closing = max(text.rfind(c, start, match.start()) for c in _ITEM_MARK) + 1
            if not closing or _JOB_BEFORE.search(text, closing, match.start() + 1) is None:
                continue  # the list's last item is a job and the name closing it (…党委书记陈永灿等省人大代表)
            for first, last, name in _jobs_listed_before(text, start, closing):
                if taken.take(first, last):
                    first, last, mention = ctx.span(first, last)
                    found.append(DeputyMention(mention, first, last, name, None))
    for start, end in lines:
        for match in finditer(_AS_DEPUTY, text, start, end):
            for first, last, name in _officials_before(text, start, match.start()):
                if taken.take(first, last):
                    first, last, mention = ctx.span(first, last)
                    found.append(DeputyMention(mention, first, last, name, None))
    for start, end in lines:
        for match in (*finditer(_LISTED, text, start, end), *finditer(_LISTED_BEFORE, text, start, end),
                      *finditer(_LISTED_NAMED, text, start, end)):
            offset = match.start("names")
            for name in match.group("names").split("、"):
                first, last, mention = ctx.span(offset, offset + len(name))
                if taken.take(offset, offset + len(name)):
                    found.append(DeputyMention(mention, first, last, name, None))
                offset += len(name) + 1
    for match in _HEADED_LIST.finditer(text):
        for name in _FULL_NAME.finditer(text, match.start("names"), match.end("names")):
            if taken.take(*name.span()):
                first, last, mention = ctx.span(*name.span())
                found.append(DeputyMention(mention, first, last, name.group(), None))
    for match in _qualified_groups(text, lines, [simplify(d.mention) for d in found if d.name is None],
                                   {_levels(d.mention) for d in found if d.count is not None},
                                   _REPORT_RANK.get(ctx.jurisdiction.level, 0)):
        add(*match.span(), None, None)
    for first, last in _delegations(text, lines):
        words = simplify(text[first:last])
        if not any(words in simplify(d.mention) for d in found):  # each delegation once, in its counted group's words
            add(first, last, None, None)  # 牡丹江代表团: the delegation as written (round 45 ruling 3)
    return _without_wholes_again(sorted(found, key=lambda d: d.start))


# A total after 共 that counts everyone a list names, others before the deputies (全国人大常委会委员、环资委委员和部分全国人大代表
# 共15人; 街道工委副主任屈英以及部分区人大代表共15人; 部分县人大常委会委员、县乡人大代表共60余人): the count is the list's, the
# deputies a group without it (round 49: aa05 ag41 ay45 p03 p25, the golds giving the group uncounted); levels listed
# (县、镇两级人大代表共86人, ae51) name only deputies. The words before the group: an item naming others (a member, a head,
# a body's cadres: deputy-words.csv role others), at most six characters after it (a name), a list mark, then 部分 or level words.
_OTHERS_BEFORE = re.compile(rf"(?:{words_of('deputy-words', 'others')})[{HAN_CHARS}]{{0,6}}?(?:以及|和|及|与|、)(?:部分)?"
                            rf"(?:全国|[{_LEVEL_CHARS}])*$")
_TOTAL = re.compile(r"代表[（(]?(?:共有|共计|共|计有|计)")


def _others_counted(match: re.Match[str], text: str) -> bool:
    """Whether a counted group ``match`` (:data:`_COUNTED_AFTER`) is a total over a list naming others before its
    deputies (:data:`_OTHERS_BEFORE`)."""
    return bool(_TOTAL.search(match.group())) and bool(_OTHERS_BEFORE.search(text, max(0, match.start() - 30), match.start()))


def _told_present(match: re.Match[str], text: str) -> int | None:
    """Where the words telling a counted group ``match`` of ``text`` present at the session end (:data:`_PRESENT_AFTER`
    right after it, the non-voting attendees beside it and the verb included; :data:`_JOINED_AFTER` in a paragraph naming
    the session; or the group's own end for :data:`_PRESENT_BEFORE` among its words), None when it is not told present
    or is a delegation's: its count is the session's attendance (round 47 ruling 1)."""
    if text.endswith("代表团", 0, match.start()):
        return None
    start = match.start()
    paragraph = max(text.rfind("\n", max(0, start - _SESSION_REACH), start) + 1, start - _SESSION_REACH, 0)
    if told := _PRESENT_AFTER.match(text, match.end()):
        return told.end()
    if (joined := _JOINED_AFTER.match(text, match.end())) and _SESSION_NAMED.search(text, paragraph, start):
        return joined.end()
    if "desc" in match.re.groupindex and _PRESENT_BEFORE.search(match.group("desc") or ""):
        return match.end()
    return None


# The deputies of the whole place named as such, uncounted (全镇人大代表, 全鎮各界人大代表, 来自全镇各条战线的人大代表, 来自新开地
# 乡各条战线的人大代表; not every level, 全县各级人大代表, nor a part), and the whole named again bare after it (全体人大代表,
# 全體代表, 全镇人大代表们): the same group, as a group named again with fewer words is (round 30), one entry (dev l40 n38 q39
# x53, four collection rounds, the golds giving the first only). Beside a count the whole stays a group of its own
# (全镇79名正式代表 … 全体代表: round 34 ruling 8), as only an uncounted whole is looked for before it.
_WHOLE = re.compile(rf"全[{_LEVEL_CHARS}](?!各级)|各条战线|各界|各行各业")
_WHOLE_AGAIN = re.compile(rf"(?:全体|全[{_LEVEL_CHARS}])(?:人大)?代表们?")


def _without_wholes_again(found: list[DeputyMention]) -> list[DeputyMention]:
    """``found`` (in text order) without each bare whole (:data:`_WHOLE_AGAIN`) named after an uncounted group of the
    whole place (:data:`_WHOLE`)."""
    kept: list[DeputyMention] = []
    whole_before = False
    for deputy in found:
        words = simplify(deputy.mention)
        if deputy.name is None and deputy.count is None:
            if whole_before and _WHOLE_AGAIN.fullmatch(words):
                continue
            whole_before = whole_before or bool(_WHOLE.search(words)) and not words.startswith("部分")
        kept.append(deputy)
    return kept


# A delegation named by its place (牡丹江代表团, 萬秀區代表團, 解放军代表团) or its number (第一代表团): a group of deputies, an
# entry as written (genre README round 45 ruling 3, round 44 ruling 4's principle: the deputies' own group is deputies;
# round 46 ruling 7: numbered delegations are named as places are). The place is the longest run of the characters right
# before 代表团 that names an area, fully or by its short name (:func:`areas.named`), or a ``delegation`` row of
# ``deputy-words.csv``; the number is 第 and an ordinal (:data:`_NUMBERED`); a set (各代表团), a bare numeral (二代表团) or a
# count (13个代表团) names none. A delegation before its deputies' count (株洲代表团45名省人大代表, 旧司镇代表团的20余名县人大代表)
# is the counted group's words, as the golds give one entry there; one named again, or inside a group found (49名衢州代表团
# 代表), is that entry. A delegation before a count of things (湘潭县代表团152件: suggestions counted by delegation) is an
# entry of its own, each delegation named one by one with its count (round 46 ruling 7).
_DELEGATION = re.compile("代表团")
_PLACE_SIZES = range(9, 1, -1)
_NON_AREAS = frozenset(words_of("deputy-words", "delegation").split("|"))
_COUNT_AFTER = re.compile(rf"的?(?:出席|实到|列席)?(?:[{_LEVEL_CHARS}]?(?:人大)?代表)?共?(?:\d+|[{NUMERAL_CHARS}]+)\s?(?:余|多)?"
                          r"(?:名|位|人)")
# A delegation named as the attribute of a thing (新疆代表团筹备工作, 四川代表团相关准备工作, 宁夏代表团代表议案建议, 青海代表团
# 良好形象) or for a speech given at it (在贵州省代表团重要讲话精神): no group acting in the text (the aligner's unresolved list
# of ruling 3, genre README round 45). One deliberating while a leader speaks (习近平总书记参加江苏代表团审议时的重要讲话) acts:
# it deliberates (round 46 ruling 7: quoted national news told doing something, 审议).
_NOT_ACTING_AFTER = re.compile(r"时?的?(?:重要)?讲话|(?:相关)?(?:筹备|准备)|(?:代表)?议案建议|(?:良好)?形象")
_HAN_ONLY = re.compile(f"[{HAN_CHARS}]+")
# 第二代表团, 二代表团: a number, no place (第二街道 is one); a place whose name opens with a numeral's character (四川, 三河,
# 万州, 九江) is a place
_ORDINAL_PLACE = re.compile(f"第|[{NUMERAL_CHARS}]+$")
_NUMBERED = re.compile(rf"第(?:\d+|{ORDINAL})$")  # 第二代表团, 第12代表团: a number names the delegation (round 46 ruling 7)


def _delegations(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The (start, end) of each delegation named by its place in ``lines`` of ``text`` (see :data:`_DELEGATION`), each
    place once: one named before a count is that counted group, and so are its later mentions."""
    found, counted = [], set()
    for start, end in lines:
        for match in _DELEGATION.finditer(text, start, end):
            if _NOT_ACTING_AFTER.match(text, match.end()):
                continue  # a speech quoted (参加江苏代表团审议时的重要讲话), a thing's attribute (新疆代表团筹备工作)
            place = next((size for size in _PLACE_SIZES if match.start() - size >= start
                          and _HAN_ONLY.fullmatch(word := text[match.start() - size : match.start()])
                          and not _ORDINAL_PLACE.match(word)
                          and (word in _NON_AREAS or areas.named(word))), None)
            if place is None:
                number = _NUMBERED.search(text, max(start, match.start() - 5), match.start())
                if number is None:
                    continue
                place = match.start() - number.start()
            words = text[match.start() - place : match.start()]
            if _COUNT_AFTER.match(text, match.end()):
                counted.add(words)  # 拉僧仲代表团14名人大代表: the counted group's words, here and after
            elif words not in counted:
                found.append((match.start() - place, match.end()))
    return found


def _jobs_listed_before(text: str, line_start: int, at: int) -> list[tuple[int, int, str]]:
    """The (start, end, name) of each name of a list of people after their jobs (:data:`_JOBS_LISTED`) whose items end
    at the marks right before ``at`` (where a name and 等…代表 close the list), back to ``line_start`` or the first item
    that is no job and a name."""
    names = []
    end = at
    while end > line_start and text[end - 1] in _ITEM_MARK:
        item_start = max(text.rfind(c, line_start, end - 1) for c in "，,。；;") + 1
        item = _JOBS_LISTED.search(text, max(item_start, line_start), end - 1)
        if item is None:
            break
        names.append((item.start("name"), item.end("name"), item.group("name")))
        end = max(item_start, line_start)
    return names


def _officials_before(text: str, line_start: int, at: int) -> list[tuple[int, int, str]]:
    """The (start, end, name) of each official listed right before ``at`` (where 以…代表身份 follows the list,
    :data:`_AS_DEPUTY`): the list's items (:data:`_OFFICIAL`) are split at 、 and, back to ``line_start``, at the commas before them, while
    the last item of each comma's piece is a job and a name (县委书记李淑侠、副主任杨文民; an item of a job alone,
    区委常委、政法委书记暴剑, is the next one's post)."""
    names: list[tuple[int, int, str]] = []
    end = at
    while end > line_start:
        piece = max(line_start, *(text.rfind(c, line_start, end) + 1 for c in "，,。；;：:"))
        items = []
        item_start = piece
        for item_end in [*(m.start() for m in re.finditer("、", text[piece:end])), end - piece]:
            item = _OFFICIAL.match(text, item_start, piece + item_end)
            items.append(item)
            item_start = piece + item_end + 1
        if items[-1] is None:
            break
        names += [(item.start("name"), item.end("name"), item.group("name")) for item in items if item is not None]
        if piece == line_start or text[piece - 1] not in _ITEM_MARK:
            break
        end = piece - 1
    return names


def _named_before(words: str, endings: set[str], counted: set[tuple[int, str]]) -> bool:
    """Whether a part or whole of the deputies (``words``: 部分县乡人大代表, 全体人大代表) is a group already
    found: the same words, or a part (部分) of the same levels as a counted group (部分县乡人大代表 in a headline,
    全乡34名县乡人大代表 in its story). The whole (全体代表) beside a count (全镇79名正式代表, 实到代表58人) is a group of
    its own, a qualified group (round 34 ruling 8).
    ``endings``: every ending of the words of the groups found, simplified and without 人大 (a group's words end with
    ``words`` where they are one of its endings: looked up, not compared with every group found, which a long report's
    many groups made quadratic); ``counted``: (count, level run) of the counted ones. Kept as they are found, not read
    again from every mention for every group."""
    return words.replace("人大", "") in endings or (
        words.startswith("部分") and _level_run(words) in {run for _, run in counted})


# Words naming every area or level (全市, 各级): their level words are no group's levels (全市各级人大代表).
_EVERY = re.compile(r"[全各]")


def _same_levels(words: str, groups: set[str]) -> bool:
    """Whether a group of deputies of two levels or more (``words``: 部分省、市人大代表, 区镇两级人大代表) is a group already
    found with the same levels written otherwise (部分省市代表 in a headline, 部分省、市人大代表 in its story; 区镇两级人大代表
    … 部分区、镇人大代表: round 34, dev m19 y59); never a group of every area or level (全市各级人大代表). ``groups``: the
    words of the groups found, simplified and without 人大."""
    levels = set(_levels(words))
    return len(levels) > 1 and not _EVERY.search(words) and any(
        set(_levels(group)) == levels for group in groups if not _EVERY.search(group))


# The rank of a congress's level, from the nation down, by the report's level and by a level word of a group.
_REPORT_RANK = {level: rank for rank, level in enumerate(LEVELS)}
_LEVEL_RANK = {"国": 0} | {char: _REPORT_RANK[level] for char, level in LEVEL_OF_CHAR.items() if len(char) == 1}


def _above(words: str, own: int) -> bool:
    """Whether every level word of a group (省十二届人大代表, 自治区人大代表, 省、市人大代表) names a congress above
    the report's own (``own``: its :data:`_REPORT_RANK`)."""
    plain = simplify(words).replace("自治区", "省").replace("自治州", "州")  # a province's level, a city's
    ranks = [_LEVEL_RANK[c] for c in _levels(plain)]
    return bool(ranks) and max(ranks) < own


# A group joined by a conjunction to another group of deputies (部分全国人大代表和自治区人大代表, 全国人大代表和地方各级人大代表):
# a mention of its own, whatever the counts or every-level groups of the report (round 34 ruling 7: deputies counted per
# mention).
_PAIRED_BEFORE = quick(r"代表[和及与、]$")
_PAIRED_AFTER = quick(r"[和及与、][^，,。；;\d]{0,10}?代表")


def _qualified_groups(text: str, lines: list[tuple[int, int]], groups: list[str], counted: set[str],
                      own: int) -> list[re.Match[str]]:
    """The groups of :data:`_QUALIFIED` in ``lines`` that are none of the groups already found
    (``groups``, their simplified mentions; ``counted``, the :func:`_levels` of the counted ones),
    one match for each.

    One entry for each group, however often the report names it: 区人大代表 after 全区各级人大代表 is
    some of that group.
    Where the report counts its deputies (应到代表80人, 88名省人大代表), so are the deputies of the levels it
    counts (省人大代表; 市、区人大代表 after 2名市人大代表、20名区人大代表), or of any level but those above the
    report's own (``own``: its :data:`_REPORT_RANK`) when it counts them bare (实到代表45人 covers a county report's
    县人大代表 and the 镇人大代表 of a township session it tells of, not the 省十二届人大代表 sitting in its own, o21),
    and those of a role (列席代表); the deputies taking part (与会代表, 参会代表, 与会人大代表) are a group of their
    own, counted or not, beside the groups named before (round 20's ruling: 16 of 26 dev golds had them so); not the
    deputies of other congresses living there
    (驻镇市县人大代表, PROVENANCE-h-b h32) nor those newly elected (新当选的人大代表, PROVENANCE-k-b): other groups.
    """
    seen = list(groups)
    found = []
    every_level = set("".join(counted))
    for start, end in lines:
        for match in finditer(_QUALIFIED, text, start, end):
            words, levels = match.group(), _levels(match.group())
            role, taking = match.group("role") or match.group("role2"), match.group("taking") or match.group("taking2")
            other = match.group("new") or match.group("new2") or "驻" in words
            paired = _PAIRED_BEFORE.search(text, start, match.start()) or _PAIRED_AFTER.match(text, match.end())
            counted_already = counted and not other and not taking and not paired and (
                role or ("" in counted and not _above(words, own)) or (levels and set(levels) <= every_level))
            if (not _QUALIFIED_END.match(text, match.end()) or any(g.endswith(words) for g in seen)
                    or not levels and text.startswith("履职", match.end())  # (基层人大代表履职: no level, :data:`_NOT_BODY_OF_GROUP`)
                    or not paired and any("各级" in g and levels in _levels(g) for g in seen)
                    or counted_already):
                continue
            seen.append(words)
            found.append(match)
    return found
