"""Who conducted an activity when the text says it was not the report's organ: a congress's session or its
standing committee.

The genre's news of a session quotes two bodies' work side by side (十四届全国人大四次会议举行第二次全体会议，听取全国人民
代表大会常务委员会工作报告…; 全国人大常委会工作报告显示，…一年来，共听取审议22个监督工作的报告): the reports a plenary
hears or the items of a session's agenda are the congress's, the work its standing committee's report recounts is the
committee's. The Constitution (Articles 62, 67) gives the congress its plenary reviews and the standing committee the
oversight between sessions; a standing committee's own report telling of a session (传达学习了…人大…次会议精神, 审议
通过了区十七届人大一次会议有关事项) keeps its activities.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.extract import congress_groups, leaders, organs, partners, work_reports
from loaders.extract.metadata import SESSION_HELD, SESSION_NAME
from loaders.extract.spans import MAX_SENTENCE, Span
from loaders.lexicon.literals import may_match
from loaders.lexicon import organ_names
from loaders.lexicon.patterns import CLAUSE_MARK, LIST_JOINERS, NUMERAL_CHARS, clause_start

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.extract.organs import OrganHit
    from loaders.facts import Activity

#: The standing committee as the subject of the work a paragraph tells (全国人大常委会依法履行备案审查职责, 常委会坚持
#: 围绕中心…); its report named (常务委员会工作报告显示, 县人大常委会、县人民法院…工作报告) or a bill it makes (审议…常务委员会
#: 关于提请审议…的议案) tells no work of its own.
_COMMITTEE = re.compile(r"(?:常务委员会|常委会)(?!关于|工作报告)[^，,。；;、]{0,4}?"
                        r"(?:依法|坚持|共|听取|审议|检查|开展|组织|围绕|聚焦|紧扣|推动|加强|认真|积极|全面|持续|先后)")
#: Words before a session in its clause that make it an object, not the subject holding it (审议通过了…会议议程草案,
#: 关于市七届人大四次会议召开时间…的报告, 决定召开…).
_OBJECT_LEAD = re.compile(r"关于|通过|审议|听取|决定|筹备|的")
#: A standing committee's council of chairpersons (委员长会议, 主任会议), which proposes its meetings' agendas, and
#: a meeting of the standing committee named in a sentence before its work (常委会第二十次会议审议…), the last of
#: the two before an activity saying who does it.
_COUNCILS = ("委员长会议", "主任会议")
_COUNCIL_OR_SITTING = re.compile(r"(?P<council>委员长会议|主任会议)|(?:常委会|常务委员会)第?[一二三四五六七八九十百零〇\d]*次?(?:全体)?会议")


#: How far back an activity's line is read for a session holding it, in characters: four of the longest
#: sentences (:data:`spans.MAX_SENTENCE`); the genre's lines are paragraphs of at most ~900 (449 dev
#: reports), and a page flattened into one line would otherwise be read back whole for each activity.
_LOOK_BACK = 4 * MAX_SENTENCE


# A verb the session's name may be read with, before its area's words (出席省十三届人大三次会议的各代表团: the
# deputies attending the provincial congress, not a place 出席省; a new user's report, round 18; 建议省十四届人大一次会议
# 批准…: a committee's proposal, not a place 建议省, a second first-time analyst, round 35).
_VERB_BEFORE_AREA = re.compile(r"^(?:出席|列席|参加|参与|召开|举行|筹备|建议|提请|报请)")


def conductor(ctx: Context, span: Span, planned: bool = False) -> str | None:
    """The canonical name of the body that conducted the activity at ``span`` when it is not the report's organ:
    the congress whose session its sentence (or its agenda's line) holds, else, in a report a congress publishes
    (above the townships, which elect no standing committee), that congress's standing committee when its
    paragraph names the committee's work before the activity, or, in a council of chairpersons' news, the standing
    committee whose meeting its sentence names (:func:`_sitting_named`) or whose agenda it proposes (``planned``:
    the council's agenda runs on over sentences); None: the report's organ."""
    own = ctx.metadata.get("organ", "")
    line = max(ctx.text.rfind("\n", 0, span.start) + 1, span.start - _LOOK_BACK)
    held = ctx.sentence_holding(span.start)
    sentence = max(line, held.start if held else 0)
    session = _holding(ctx.text, line, span.start, span.end)
    if session and session.group("area") and (session.groupdict().get("agenda") or session.start() >= sentence):
        area = _VERB_BEFORE_AREA.sub("", session.group("area"))
        congress = organs.resolve(area + "人民代表大会", ctx.jurisdiction)
        return congress.canonical if congress.is_organ and congress.canonical != own else None
    if own.endswith("人民代表大会") and ctx.jurisdiction.level != "township" and _COMMITTEE.search(ctx.text, line, span.start):
        return own + "常务委员会"
    if own.endswith(_COUNCILS) and (planned or _sitting_named(ctx.text, sentence, span.start)):
        return own.removesuffix("委员长会议").removesuffix("主任会议")
    return None


def _sitting_named(text: str, start: int, end: int) -> bool:
    """Whether the last council or standing-committee meeting named in ``text[start:end]`` is the committee's
    meeting: a council's news proposing the agenda (委员长会议建议，常委会第二十次会议审议全国人大常委会执法检查组…的报告)
    tells work the standing committee does, not the council (a new user's law stories, round 17: the NPCSC lost its
    水法 inspection to its council of chairpersons)."""
    last = None
    for last in _COUNCIL_OR_SITTING.finditer(text, start, end):
        pass
    return last is not None and last.group("council") is None


#: A session as the subject of the congress's own acts (广州市十六届人大三次会议以票决方式选定了十件民生实事项目, 县十八届人大
#: 二次会议听取和审议了…): the acts are the congress's (a fresh user's round 21: the vote was its standing committee's).
_SESSION_ACTING = re.compile(SESSION_NAME + r"[^，,。；;\n]{0,12}?(?:听取|审议|审查|表决|票决|选定|选出|批准)")


def _holding(text: str, start: int, at: int, end: int) -> re.Match[str] | None:
    """The last session in ``text[start:at]`` that is the subject of its clause, holding a sitting or giving its agenda
    (:data:`metadata.SESSION_HELD`), else the session the activity at ``at`` (ending at ``end``) opens with, hearing,
    voting on or approving (:data:`_SESSION_ACTING`: 广州市十六届人大三次会议以票决方式选定了…)."""
    found = None
    if may_match(SESSION_HELD, text, start, at):  # most lines name no session: no scan of them
        for session in SESSION_HELD.finditer(text, start, at):
            clause = clause_start(text, start, session.start())
            if not _OBJECT_LEAD.search(text, clause, session.start()):
                found = session
    return found or _SESSION_ACTING.match(text, at, end)


#: A council's meeting held, told in a news item's headline or lead (市人大常委会召开第二十一次主任会议, 主持召开主任会议).
_COUNCIL_HELD = re.compile(r"(?:召开|举行)[^。；;\n]{0,16}?(?P<council>委员长会议|主任(?:扩大)?会议)")
#: How far into a news item its headline and lead run, in characters.
_LEAD = 160
#: A sentence whose subject is that meeting (会议听取了…, 主任会议还研究了…, 会上，…).
_COUNCIL_SUBJECT = re.compile(r"\s*(?:(?:会议|主任(?:扩大)?会议|委员长会议)(?!上)|会上|会议上)")


def councils_heard(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the work done at the council of chairpersons conducted by it, in a standing committee's news
    of a council meeting (its headline or lead: :data:`_COUNCIL_HELD`): the reported work of a sentence whose subject is
    that meeting (:data:`_COUNCIL_SUBJECT`: 会议听取了…检查报告，同意提请市人大常委会第十八次会议审议), unless the sentence
    names a sitting of the committee before it (:func:`_sitting_named`). The council is an organ (rulings of rounds 12
    and 23: acting, deciding and hearing) and the committee's own review is still to come (a first-time analyst, round
    27, found the hearing credited to the committee, the council conducting nothing). An inspection told by its report
    heard stays the committee's: its group checked the law; planned work is the agenda the council proposes."""
    own = ctx.metadata.get("organ") or ""
    held = _COUNCIL_HELD.search(ctx.text, 0, min(len(ctx.text), _LEAD))
    if not own.endswith("常务委员会") or held is None:
        return activities
    council = own + ("委员长会议" if held.group("council") == "委员长会议" else "主任会议")
    for index, act in enumerate(activities):
        sentence = ctx.sentence_holding(act.start)
        if (act.type == "law_enforcement_inspection" or act.status != "reported" or act.conducted_by not in (None, own)
                or sentence is None or not _COUNCIL_SUBJECT.match(ctx.text, sentence.start)
                or _sitting_named(ctx.text, sentence.start, act.start)):
            continue
        activities[index] = replace(act, conducted_by=council)
    return activities


#: How far before an officer's title the body served may end, in characters (党组书记、副主任).
_TITLE_REACH = 12
#: How far after the verb of leading the group led may start (率省人大常委会执法检查组, 带领由…组成的检查组).
_GROUP_REACH = 24
#: The body whose officer is a 委员长 named with no body (沈跃跃副委员长率领…).
_NPC_STANDING = "全国人民代表大会常务委员会"


def visitors_led(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the work another congress body's officer led conducted by that body's group
    (:func:`_visitor_led`), the report's organ ``assisted_by`` it (:func:`partners.assisted`), as a visiting group named before its work is
    (:func:`organs.roles`: 全国人大常委会执法检查组来我省检查…). A first-time analyst (round 28) found 全国人大常委会副委员长…率
    执法检查组在湖北检查… and 省人大常委会副主任…率执法检查组来我市检查… credited to the congress reporting them."""
    own = ctx.metadata.get("organ") or ""
    for index, act in enumerate(activities):
        if act.conducted_by not in (None, own):
            continue
        start = ctx.view.index(act.start)
        visitor = _visitor_led(ctx, start, ctx.view.index(act.end), own)
        if visitor:
            activities[index] = partners.assisted(act, visitor, own or None)
    return activities


def _visitor_led(ctx: Context, start: int, end: int, own: str) -> str | None:
    """The canonical name of the group of another congress body whose officer leads the work in the sentence of the
    activity at ``start:end`` (view offsets), before its end (:func:`loaders.extract.leaders.leads`, a congress officer's
    post): the group named after the verb if another
    body's (率全国人大常委会执法检查组), else the officer's body with the group's name (率执法检查组 → …常务委员会执法检查组),
    or the body alone leading a team (率队, 任组长, 一行); None when the officer or the group is the report's organ's, or none leads."""
    held = ctx.sentence_holding(start)
    first = held.start if held else start
    homes = (own[: own.find("人民代表大会") + len("人民代表大会")] if "人民代表大会" in own else own,
             organs.own_area("assembly", ctx.jurisdiction))  # the header's, and its area's (区人民代表大会常务委员会 of 黔江区)
    found = None
    for lead in leaders.leads(ctx.text, first, end):
        if not lead.congress:
            continue  # a government's or a party's officer leads no congress body's group
        stop = CLAUSE_MARK.search(ctx.text, lead.end)
        clause_end = min(stop.start() if stop else len(ctx.text), lead.end + _GROUP_REACH)
        group = next((hit for hit in ctx.organ_hits[bisect_left(ctx.organ_starts, lead.end):]
                      if hit.start >= clause_end or (hit.kind == "congress" and congress_groups.ending(hit.canonical))), None)
        group = group if group and group.start < clause_end else None
        body = next((_served(hit) for hit in reversed(ctx.organ_hits[: bisect_left(ctx.organ_starts, lead.title_start)])
                     if lead.title_start - _TITLE_REACH <= hit.end <= lead.title_start and _served(hit)), None)
        named = group and not congress_groups.is_bare(ctx.text[group.start : group.end])
        if named and group.is_organ:
            found = group.canonical
        elif body and (group or lead.team):
            ending = congress_groups.ending(group.canonical) if group else None
            found = body + ending if ending and body.endswith("常务委员会") else body
        elif body is None and "委员长" in ctx.text[lead.title_start : lead.title_end] and group:
            found = _NPC_STANDING + (congress_groups.ending(group.canonical) or "")
        else:
            found = None
    return found if found and not own.startswith(found) and not any(home and found.startswith(home) for home in homes) else None


def _served(hit: OrganHit) -> str | None:
    """The congress body an officer named after ``hit`` serves: the body, or the body whose party group it is
    (荆州市人大常委会党组成员、副主任…: 中共…常务委员会党组)."""
    if not hit.is_organ:
        return None
    if hit.kind == "congress":
        return hit.canonical
    body = hit.canonical.removeprefix("中共").removesuffix("党组")
    return body if hit.kind == "party" and hit.canonical.endswith("常务委员会党组") else None


#: What may open a clause before its subject: a time (5月10日，…; 6月至8月, 近日, 今年以来, 会议期间), 由 naming the body the
#: work is given to (由市人大财经委牵头…), and the area its set covers (全市各县市区人大常委会).
_BEFORE_SUBJECT = re.compile(rf"(?:[\d{NUMERAL_CHARS}]+(?:年|月|日|号)|[上中下]旬|[初底末中]|近日|日前|近期|今年|同日|当天|当日"
                             r"|以来|期间|至|到|[—\-～~]|\s)*由?(?:全[省市州县区旗镇乡])?")
#: What after an organ (and a bracket, 市人大财经委、常委会预算工委(简称“两委”)会同…) makes it no subject acting: a
#: mark or space (a list going on, a title after its maker: 《…》, a page's furniture: 来源:区人大 阅读次数), the maker
#: of a title (市人大财经委关于…的报告, …的), a body reporting to another (向…报告), entrusting it (委托), submitting
#: (提请), a list of its members (…委员会名单) or another's body's name going on (…工作报告).
_NOT_ACTING = re.compile(r"\W|关于|的|名单|(?:工作|专项|专题)?报告|向|委托|受|提请|提出|建议")
_BRACKET = re.compile(r"[(（][^)）]{0,20}[)）]")
#: A congress's session after its name (贵州省十二届人大|四次会议): the session holds the work (:func:`conductor`); a
#: standing committee's sitting (常委会第十七次会议听取了…) is that committee's.
_SESSION_AFTER = re.compile(rf"第?[{NUMERAL_CHARS}\d]+次")
#: A subject delivering what is heard (市人大常委会主任某某向大会作工作报告, …作了…的报告; not 工作, 作为, 作出): the hearer's
#: work, not its own.
_DELIVERING = re.compile(r"[^，,。；;]{0,16}?(?<![工操合动当])(?:作|做)(?![为出用好法])")
#: The kinds of work a body hears, which a subject delivering makes the hearer's (not a filing review: 法工委主任向常委会
#: 作…备案审查工作情况的报告 tells the working committee's own review).
_HEARD = ("report_review", "budget_review", "audit_oversight")
#: Between two bodies that are one list of subjects (市人大常委会、市人大财经委联合…).
_JOINED_SUBJECTS = re.compile(rf"[{LIST_JOINERS}]")


def _subjects(ctx: Context, start: int, end: int) -> list[OrganHit]:
    """The organs that are the subject acting in the clause of the activity at view offsets ``start:end``: the last
    list of organs in its sentence, before the activity's first clause ends, that opens a clause (after a time or 由 at
    most: :data:`_BEFORE_SUBJECT`) and is followed by its doing (not :data:`_NOT_ACTING`); [] when none is."""
    held = ctx.sentence_holding(start)
    first = held.start if held else start
    mark = CLAUSE_MARK.search(ctx.text, start, end)
    stop = mark.start() if mark else end
    hits = ctx.organ_hits[bisect_left(ctx.organ_starts, first) : bisect_left(ctx.organ_starts, stop)]
    found: list[OrganHit] = []
    group: list[OrganHit] = []
    for hit in hits:
        if group and hit.start == group[-1].end:
            group[-1] = hit  # a body named after its parent (市人大常委会|主任会议)
        elif group and hit.start == group[-1].start:
            group.append(hit)  # one mention naming several (市县两级人大常委会: the city's and the counties')
        elif group and _JOINED_SUBJECTS.fullmatch(ctx.text, group[-1].end, hit.start):
            group.append(hit)
        elif _BEFORE_SUBJECT.fullmatch(ctx.text, clause_start(ctx.text, first, hit.start), hit.start):
            group = [hit]
        else:
            group = []
            continue
        after = _BRACKET.match(ctx.text, hit.end)
        session = _SESSION_AFTER.match(ctx.text, hit.end) and not ctx.text[hit.start : hit.end].endswith(("常委会", "常务委员会"))
        if not (session or _NOT_ACTING.match(ctx.text, after.end() if after else hit.end) or organs.makes_law(ctx, hit)):
            found = group
    return found


def _visiting_group(ctx: Context, subjects: list[OrganHit], own: str) -> str | None:
    """The canonical name of another congress's group, named in full, that is the one subject of an activity's clause
    (省人大常委会执法检查组来宜都，对《L》…开展执法检查; 全国人大常委会执法检查组到我省，检查…): the group's body conducts
    the work, the report's organ assisting it (:func:`partners.assisted`), as a group named before its work in the same
    clause is (:func:`organs.roles`); None for any other subject, and for a group of the report's own congress. A new
    user (round 36, finding 1) found the comma after the visit drop the conductor and the host city take the inspection."""
    if len(subjects) != 1 or subjects[0].kind != "congress" or not subjects[0].is_organ:
        return None
    hit = subjects[0]
    if congress_groups.ending(hit.canonical) is None or congress_groups.is_bare(ctx.text[hit.start : hit.end]):
        return None
    home = own[: own.find("人民代表大会") + len("人民代表大会")] if "人民代表大会" in own else own
    return None if not own or hit.canonical.startswith(home) else hit.canonical


def _leads_group(ctx: Context, start: int, end: int) -> bool:
    """Whether an officer the subject names leads a group formed for the work in ``text[start:end]`` (省人大农业农村委
    主任委员某某率省人大常委会执法检查组…, …带领执法调研组): the group's, its standing committee's work (Supervision Law,
    Article 22: inspections are the standing committee's), not the officer's committee's; a team led (带队) is its own."""
    return any(lead.congress and congress_groups.groups(ctx.text[lead.end : lead.end + _GROUP_REACH])
               for lead in leaders.leads(ctx.text, start, end))


def subjects_conduct(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the congress bodies that are their clause's subject (:func:`_subjects`) crediting the work:
    a body not the report's organ conducts it (:func:`_doers`: 市人大城建环保委员会对…开展了调研, 市人大常委会办公室组织代表
    开展视察, 各县市区人大常委会同步开展…执法检查, 镇人大主席团组织代表…视察, 市人大监察和司法委员会主任委员李四带队…), the
    other bodies of its list its joint partners (市人大常委会、市人大财经委联合…), unless the list goes on to work each level
    does in step (区人大常委会与市人大联动开展…: :data:`partners.LINKED`, no partner, round 46); where another body conducts already (the
    body helped, 县人大常委会农业与农村工作委员会协助市人大开展调研), the subject is the organ that assisted it. A fresh user
    (round 32, class 3) found a committee's own work credited to its standing committee and a county collective's to the
    city publishing it: the Constitution (Article 70) and the Organic Law of Local Congresses (Articles 33, 48) give the
    special committees, the standing committees' working bodies and a township's presidium work of their own."""
    own = ctx.metadata.get("organ") or ""
    for index, act in enumerate(activities):
        start, end = ctx.view.index(act.start), ctx.view.index(act.end)
        subjects = _subjects(ctx, start, end)
        helped = _helped(ctx, subjects, start)
        body = next((hit for hit in helped if _named(hit, own) == (act.conducted_by or own)), None)
        if body is None and helped and act.conducted_by in (None, own):
            body = helped[0]
        if body is not None:
            activities[index] = _helping(act, [_named(hit, own) for hit in subjects], body, own)
            continue
        visitor = _visiting_group(ctx, subjects, own)
        if visitor and act.conducted_by in (None, own):
            activities[index] = partners.assisted(act, visitor, own or None)
            continue
        doers, others = _doers(subjects, own)
        if (not doers or (doers == [own] and not others) or _leads_group(ctx, subjects[-1].end, end)
                or work_reports.plenary_body(ctx.text[start:end])
                or (act.type in _HEARD and _DELIVERING.match(ctx.text, subjects[-1].end, end))):
            continue  # a plenary work report is heard by the congress, whoever the sentence's subject
        if act.conducted_by not in (None, own):
            if act.assisted_by[:1] == [own] and own not in doers and all(_congress(name) == _congress(own) for name in doers):
                activities[index] = replace(act, assisted_by=[*doers, *act.assisted_by[1:]])
            continue
        lead = own if own in doers else doers[0]
        linked = partners.LINKED.match(ctx.text, subjects[-1].end)  # 区人大常委会与市人大联动开展…: each level's own work
        joint = [name for name in (*([] if linked else doers), *act.jointly_with)
                 if name not in (lead, own, *others) and not organ_names.is_collective(name)]
        activities[index] = replace(act, conducted_by=None if lead == own else lead, jointly_with=list(dict.fromkeys(joint)),
                                    assisted_by=list(dict.fromkeys([*act.assisted_by, *others])),
                                    overseen=[name for name in act.overseen if name not in others])
    return _sessions_carried(ctx, activities)


#: Right before the verb: the subjects doing it each on their own (分别听取了…, 还分别听取…).
_EACH = re.compile(r"(?:并|还|也|又|均)?分别$")
#: The report a body hears of its own level's government (本级政府的专项工作报告, 同级人民政府…): each subject's own.
_OWN_LEVEL = re.compile(r"(?:本级|同级)(?:人民)?政府")
_STANDING = "人民代表大会常务委员会"


def each_their_own(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the work several other congress bodies each did on their own (the conductor and its partners,
    :func:`subjects_conduct`, with 分别 right before the work: :data:`_EACH`) told once per body, each with no partner, and
    a report of 本级政府 (:data:`_OWN_LEVEL`) overseeing each body's own government: 林州市人大常委会、汤阴县人大常委会配合市
    人大常委会开展了…执法检查，并分别听取了本级政府的专项工作报告 is 林州's review of 林州市人民政府 and 汤阴's of 汤阴县人民政府
    (a first-time analyst, round 33, class 4: one review, by 林州, of the city's government; genre ruling of round 6:
    one review per report heard). A set of bodies (各县市区人大常委会分别…) stays one activity."""
    own = ctx.metadata.get("organ") or ""
    found: list[Activity] = []
    for act in activities:
        bodies = [act.conducted_by, *act.jointly_with] if act.conducted_by and act.conducted_by != own else []
        start = ctx.view.index(act.start)
        if (len(bodies) < 2 or not all(name.endswith(_STANDING) and not organ_names.is_collective(name) for name in bodies)
                or not _EACH.search(ctx.text, max(0, start - 3), start)):
            found.append(act)
            continue
        own_level = _OWN_LEVEL.search(act.evidence)
        for body in bodies:
            overseen = [body.removesuffix(_STANDING) + "人民政府"] if own_level else act.overseen
            found.append(replace(act, conducted_by=body, jointly_with=[], overseen=overseen))
    return found


#: A congress body's members asking, right after the body's name (县人大常委会委员的提问, 市人大常委会组成人员依次提问,
#: 区人大常委会部分组成人员和人大代表现场询问): who puts an inquiry's questions (Supervision Law of 2006, chapter 6,
#: 询问和质询: the members of a standing committee question at its sittings).
_ASKERS = re.compile(r"(?:的)?(?:部分)?(?:组成人员|委员|常委)们?(?:[^，,。；;]{0,12}?)(?:的)?(?:提问|发问|询问|问询)")


def askers(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with a special inquiry that names no conductor credited to the congress body whose members its
    sentence tells asking from the inquiry's words on (:data:`_ASKERS`), when that body is not the report's organ (or
    the report names none): 首场专题询问评议会在县人大常委会委员的提问下拉开了帷幕 is the county standing committee's
    inquiry, whoever publishes the news and whatever the clause's subject (the meeting, not a body). A first-time
    analyst (round 40, newuser24 §3) found such an opening left without its body."""
    own = ctx.metadata.get("organ") or ""
    for index, act in enumerate(activities):
        if act.type != "special_inquiry" or act.conducted_by:
            continue
        start = ctx.view.index(act.start)
        held = ctx.sentence_holding(start)
        end = max(ctx.view.index(act.end), held.end if held else 0)  # …专题询问会，在县人大常委会委员的询问下举行
        for hit in ctx.organ_hits[bisect_left(ctx.organ_starts, start) : bisect_left(ctx.organ_starts, end)]:
            if (hit.kind == "congress" and hit.is_organ and not congress_groups.ending(hit.canonical)
                    and _ASKERS.match(ctx.text, hit.end, end)):
                body = _named(hit, own) if own else hit.canonical
                if body != own:
                    activities[index] = replace(act, conducted_by=body)
                break
    return activities


def partners_before(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the congress bodies named after a partner's word (:data:`partners.JOINT_BEFORE`) in their
    sentence before them, and after any activity told earlier in it, ``jointly_with`` the report's organ's work: a
    body or its group (会同崇阳县人大常委会检查组 → 崇阳县人民代表大会常务委员会; a first-time analyst, round 33, class 4: the
    partner given as a group was dropped, its group an organ node crediting nothing); not one whose work in step
    follows it (与市人大常委会同步, 联动: :data:`partners.LINKED`, round 46). Work another body conducts keeps its partners."""
    own = ctx.metadata.get("organ") or ""
    starts = ctx.organ_starts
    ends: list[int] = []  # the view ends of the activities before ``index`` in the list, sorted
    for index, act in enumerate(activities):
        if index:
            insort(ends, ctx.view.index(activities[index - 1].end))
        if act.conducted_by not in (None, own):
            continue
        start = ctx.view.index(act.start)
        held = ctx.sentence_holding(start)
        before = bisect_right(ends, start)  # the last end at or before the activity's start, looked up, not scanned
        first = max(held.start if held else start, ends[before - 1] if before else 0)
        found = [_without_group(hit.canonical) for hit in ctx.organ_hits[bisect_left(starts, first) : bisect_left(starts, start)]
                 if hit.kind == "congress" and hit.is_organ and partners.JOINT_BEFORE.search(ctx.text, max(0, hit.start - 4), hit.start)
                 and not partners.LINKED.match(ctx.text, hit.end)]  # 与市人大联动，…开展: each level's own, no partner
        found = [name for name in found if name and not own.startswith(name) and name != act.conducted_by]
        if found:
            activities[index] = replace(act, jointly_with=list(dict.fromkeys([*act.jointly_with, *found])))
    return activities


def _without_group(name: str) -> str:
    """The body whose group ``name`` is (崇阳县人民代表大会常务委员会执法检查组 → 崇阳县人民代表大会常务委员会), or ``name``."""
    group = congress_groups.ending(name)
    return name.removesuffix(group) if group else name


def _helped(ctx: Context, subjects: list[OrganHit], start: int) -> list[OrganHit]:
    """The congress bodies the ``subjects`` help, named right after them and a helping word (:data:`partners.HELPS_NEXT`:
    林州市人大常委会、汤阴县人大常委会配合市人大常委会开展了《L》执法检查, 县农业农村局协助市人大常委会…; several in one list,
    配合省、市人大常委会…: :func:`partners.helped_list`), when the activity at view offset ``start`` opens that clause or
    lies in it or in the next, when the list ends the clause; [] otherwise (…，并分别听取了本级政府的专项工作报告: the
    subjects' own)."""
    helping = partners.HELPS_NEXT.match(ctx.text, subjects[-1].end) if subjects else None
    if helping is None:
        return []
    at = bisect_left(ctx.organ_starts, helping.end())
    hit = ctx.organ_hits[at] if at < len(ctx.organ_hits) else None
    if hit is None or hit.start != helping.end() or hit.kind != "congress" or not hit.is_organ:
        return []
    bodies = partners.helped_list(ctx, hit)  # 配合…同步开展 too: 配合 decides, 联动 or not (round 47 ruling 10)
    end = max(body.end for body in bodies)
    rest = end + 1 if ctx.text[end : end + 1] in ("，", ",") else end  # 配合市人大常委会，对《L》…
    return [] if CLAUSE_MARK.search(ctx.text, rest, max(rest, start)) else bodies


def _helping(act: Activity, helpers: list[str], helped: OrganHit, own: str) -> Activity:
    """``act`` conducted by the body ``helped`` (the report's organ: no ``conducted_by``), the ``helpers`` (canonical names
    of the clause's subjects) assisting it, neither its partners nor overseen (a first-time analyst, round 33: 林州市、汤阴县
    人大常委会配合市人大常委会开展的检查 was credited to 林州, 汤阴 its partner); the report's organ assists only when it is
    one of the subjects."""
    body = helped.canonical
    conductor = None if own and own.startswith(body) else body
    assisting = [name for name in dict.fromkeys([*helpers, *act.assisted_by]) if name not in (body, own, conductor)]
    if conductor and own in helpers:
        assisting.insert(0, own)
    return replace(act, conducted_by=conductor, assisted_by=assisting,
                   jointly_with=[name for name in act.jointly_with if name not in (body, *helpers)],
                   overseen=[name for name in act.overseen if name not in helpers])


def _sessions_carried(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with the work a sentence tells after a congress's session's (a conductor ending 人民代表大会: the
    session as the sentence's subject, :func:`conductor`, or a plenary report it heard) that names no subject of its own
    conducted by that congress too: 会议听取和审议了市人民政府工作报告…，审查批准了2024年计划和预算 (a fresh user, round 32, class 3:
    the budget approved beside the reports heard went to the standing committee publishing the news)."""
    own = ctx.metadata.get("organ") or ""
    session: tuple[int, str] | None = None  # (the sentence's start, the congress) of the last session's work
    for index, act in enumerate(activities):
        start = ctx.view.index(act.start)
        held = ctx.sentence_holding(start)
        sentence = held.start if held else 0
        if act.conducted_by and act.conducted_by.endswith("人民代表大会") and act.conducted_by != own:
            session = (sentence, act.conducted_by)
        elif (session and session[0] == sentence and act.conducted_by is None and not act.jointly_with
              and not _subjects(ctx, start, ctx.view.index(act.end))):
            activities[index] = replace(act, conducted_by=session[1])
    return activities


def _doers(hits: list[OrganHit], own: str) -> tuple[list[str], list[str]]:
    """The congress bodies of a list of subjects (canonical names: :func:`_named`), a standing body or a set of them
    (各县市区人大常委会), and the organs of other kinds listed with them (the government's, a party's), which assist the
    congress bodies' work (省人大教育科学文化卫生委员会和省教育厅联合开展…调研: the committee's, the 教育厅 assisting; a
    first-time analyst, round 33, found the 教育厅 overseen and the standing committee conducting); ([], []) when a
    subject is a group formed for one piece of work (检查组, whose work :func:`visitors_led` and :func:`organs.roles`
    credit), a council of chairpersons (whose news :func:`councils_heard` reads) or an organ the text leaves unplaced,
    and no congress body when none is (a sentence of the government's doing tells no congress body's)."""
    found, others = [], []
    for hit in hits:
        congress = hit.kind == "congress" or (hit.kind == "collective" and "人民代表大会" in hit.canonical)
        if hit.canonical.startswith(organ_names.UNNAMED) or (
                congress and (congress_groups.ending(hit.canonical) or hit.canonical.endswith(_COUNCILS))):
            return [], []
        (found if congress else others).append(_named(hit, own) if congress else hit.canonical)
    return list(dict.fromkeys(found)), list(dict.fromkeys(others))


def _named(hit: OrganHit, own: str) -> str:
    """The canonical name of a subject: the report's organ for a congress it belongs to (市人大 in its standing
    committee's news) or its own name placed (白河县仓上镇人大主席团)."""
    return own if own.startswith(hit.canonical) or hit.canonical.endswith(own) else hit.canonical


def _congress(name: str) -> str:
    """The congress whose body ``name`` is (…人民代表大会), or ``name``."""
    at = name.find("人民代表大会")
    return name[: at + len("人民代表大会")] if at >= 0 else name
