"""An inspection a body of a standing committee is named doing, or whose report such a body publishes, is that standing
committee's work.

The Supervision Law (chapter 4) gives law-enforcement inspection to the standing committee: it forms a group for each
(…执法检查组: the group's former conducts, genre README round 45 ruling 8), its council of chairpersons (委员长会议,
主任会议) arranges it and its general office (办公厅, 办公室) publishes its news. A report whose header names the group,
the council or the office (``organ: 全国人大常委会执法检查组``, ``organ: 湖南省人大常委会办公厅``) tells the committee's
inspection, and so does a group named doing one (全国人大常委会执法检查组…在山西省进行执法检查); the golds write the
committee (round 46 ruling 8; the conductor aligners: "a header naming … its 委员长会议 or an 执法检查组 gives the standing
committee the work report or group belongs to"). The graph already drew ``okg:conductedBy`` of a group to its committee
(:meth:`loaders.build.organs.Organs.conductor`); the Facts said the group, and a council's or office's report credited the
council or office. A congress's report above the townships (its work report, its chair's plans) tells its standing
committee's inspections too, unless it names the congress by its term doing them (区七届人大…开展执法检查: as named). The
committee's own working committees (…工作委员会) are left as named: one told carrying out the work
in its own name conducts it (the lead on the conductor aligners' questions, round 46).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from loaders.lexicon import organ_names

if TYPE_CHECKING:
    from loaders.extract.context import Context
    from loaders.facts import Activity

#: A congress named by its term as the subject before the work in its sentence (五年来，区七届人大…开展执法检查…): the
#: congress as named is the doer (the lead, round 46: 海口市龙华区人民代表大会, its term dropped).
_TERM_CONGRESS = re.compile(r"届(?:人大|人民代表大会)(?!常委会|常务委员会|代表|[一二三四五六七八九十\d]+次)")
#: The work this reads: inspections (the Supervision Law's chapter 4 work, which a standing committee alone carries out).
KINDS = frozenset({"law_enforcement_inspection"})
#: The working bodies of a standing committee that carry out none of its inspections themselves: its council of
#: chairpersons and its general office (``organ-bodies.csv``'s ``working_body`` rows also hold its working committees).
_ARRANGING = ("委员长会议", "主任会议", "办公厅", "办公室")


def former(name: str, arranging: bool = True) -> str:
    """The body whose work an inspection ``name`` (a canonical name) is named doing is: the standing committee (or
    township congress) that formed ``name``'s inspection group, with ``arranging`` the standing committee whose council
    or office ``name`` is; else ``name`` itself.

    >>> former("全国人民代表大会常务委员会执法检查组"), former("湖南省人民代表大会常务委员会办公厅")
    ('全国人民代表大会常务委员会', '湖南省人民代表大会常务委员会')
    >>> former("全国人民代表大会常务委员会办公厅", arranging=False)
    '全国人民代表大会常务委员会办公厅'
    >>> former("长沙市人民代表大会常务委员会教育科学文化卫生工作委员会")
    '长沙市人民代表大会常务委员会教育科学文化卫生工作委员会'
    """
    body = organ_names.body(name)
    if body is None:
        return name
    if body.kind == "inspection_group" or (arranging and body.kind == "working_body" and name.endswith(_ARRANGING)
                                           and body.parent.endswith("常务委员会")):
        return body.parent
    return name


def credited(ctx: Context, activities: list[Activity]) -> list[Activity]:
    """``activities`` with each inspection's conductor (its ``conducted_by``, else the report's organ) and joint partners
    named as their :func:`former`, and its assisting bodies too (a province's group receiving a visiting one is the
    province's committee), the conductor never among them; ``conducted_by`` stays None where the former is the report's
    organ. A council or office is its committee only as the report's organ: one the text names conducting (受全国人大常委会
    办公厅委托…, the entrusting body) is written as named (the lead on the conductor aligners' questions, round 46)."""
    own = ctx.metadata.get("organ") or None
    found = []
    for act in activities:
        doer = act.conducted_by or own
        if act.type not in KINDS or doer is None:
            found.append(act)
            continue
        conductor = former(doer, arranging=act.conducted_by is None)
        if act.conducted_by is None and _congress_header(ctx, act):
            conductor = doer + "常务委员会"
        partners = [name for name in dict.fromkeys(map(former, act.jointly_with)) if name != conductor]
        helpers = [name for name in dict.fromkeys(map(former, act.assisted_by)) if name not in (conductor, *partners)]
        found.append(replace(act, conducted_by=None if conductor == own else conductor, jointly_with=partners,
                             assisted_by=helpers))
    return found


def _congress_header(ctx: Context, act: Activity) -> bool:
    """Whether ``act`` (an inspection with no conductor named) is told in the report of a congress above the townships
    (which elect a standing committee: Organic Law of Local Congresses, Article 40) that its sentence does not name by
    its term doing the work (:data:`_TERM_CONGRESS`): the inspection is then the congress's standing committee's
    (Supervision Law, chapter 4), as the golds write a congress's header (`ah23`, `s17`: its work report or its chair's
    plans telling 执法检查)."""
    own = ctx.metadata.get("organ") or ""
    if not own.endswith("人民代表大会") or ctx.jurisdiction.level == "township":
        return False
    start = ctx.view.index(act.start)
    sentence = ctx.sentence_holding(start)
    return _TERM_CONGRESS.search(ctx.text, sentence.start if sentence else start, start) is None
