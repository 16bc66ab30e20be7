"""Which activity a sentence stating none of its own goes on telling: the one its narrator names back.

An inspection report states its inspection once (…组成执法检查组，由副主任张华任组长，对《长江保护法》实施情况开展执法
检查) and then tells the inspection's steps in sentences whose subject is its group or the work itself, often under
headings of their own: 检查组赴瑞昌市、湖口县、彭泽县实地检查; 二、存在的主要问题 / 检查发现问题23个; 此次检查中发现…
Where the work was done and what it found belong to that inspection (a first-time analyst's class 7, round 35: the
report's places and finding were tied to nothing, while the same facts in the inspection's own sentence were). The
narrators are the ``narrator`` rows of ``lexicon/data/activity-mentions.csv`` (:mod:`loaders.extract.event_mentions`),
which already fold a step told by them into the activity they narrate.

The referent is the activity told last before the sentence, in its paragraph or an earlier one, and only when the
narrator can mean it (the limits, each a reading a report writer would not leave ambiguous):

- the sentence states no activity of its own and lies in no plan (its places and findings are then its own work's);
- the activity told last before it (of those one mention tells, 听取了执法检查组关于检查X法实施情况的报告: the inspection
  and the review of its report, the one the narrator can mean) is reported and of the kind the narrator names (检查组,
  检查中, 此次检查 an inspection; 调研组 an investigation; 视察组 a visit), or, for a narrator naming no kind (代表们,
  一行), of a kind whose steps are told so (:data:`loaders.extract.event_mentions.STEPS`): other work told in between
  (a report heard after the inspection) leaves the narrator with no referent the text makes sure of;
- work a sentence recalls from before the report's years (于2009年、2011年和2016年分别开展了…执法检查 in a 2018 launch's
  news, dated by its ``year``) is no referent: the narrator tells the work of the report's time (a new user, round 36);
- a group named with its body (全国人大常委会执法检查组) is that body's: it narrates only work that body conducted;
- a narrator naming the work by its topic (检查组在安全生产执法检查中发现…, 在《长江保护法》执法检查中) tells the last work of
  its kind whose subject or laws hold the topic, whatever was told since (a work report tells a delegated 消防法 check
  between: a first-time analyst's a01), and none when no such work was told.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import TYPE_CHECKING

from functools import lru_cache

from loaders.extract.event_mentions import KIND_WORDS, STEPS, narrator_kind
from loaders.facts import Activity, publishers
from loaders.lexicon.tables import rows

if TYPE_CHECKING:
    from loaders.extract.context import Context

#: The work named by its topic as the time of the sentence's steps (在安全生产执法检查中, 在《长江保护法》执法检查过程中,
#: 对湿地保护法开展检查时): the topic; not a deictic (此次检查中) nor a manner (实地检查中).
_TOPIC_NAMED = re.compile(r"(?:在|对)《?(?P<topic>[^，,。；、在对》]{2,20}?)》?(?:的)?(?:开展|进行)?(?:执法检查|检查|调研|视察)"
                          r"(?:中|时|期间|过程中)")
_NO_TOPIC = re.compile(r"^(?:这次|此次|本次|该次|上次|实地|现场|执法|专项|集中|重点|全面)+$")
#: A group's words naming the body it belongs to (全国人大常委会执法检查组, 省人大常委会检查组), not the bare group.
_BODY_NAMED = re.compile(r"人大|人民代表大会|常委会|委员会")


def referents(ctx: Context, activities: list[Activity]) -> dict[int, int]:
    """The view start of each sentence that tells, by its narrator, the steps of an activity told before it and states
    none of its own → that activity's index in ``activities`` (see the module's docstring for the limits)."""
    first_year = re.match(r"\d{4}", ctx.metadata.get("year", ""))
    spans = sorted((ctx.view.index(act.start), index) for index, act in enumerate(activities)
                   if not (first_year and act.year and act.year < int(first_year.group())))
    starts = [start for start, _ in spans]
    told: dict[int, int] = {}
    for sentence in ctx.sentences:
        first = bisect_left(starts, sentence.start)
        if first == 0 or (first < len(starts) and starts[first] < sentence.end) or ctx.plans.holds(sentence.start):
            continue
        found = narrator_kind(sentence.text) or _led(sentence.text)
        if found is None:
            continue
        kind, words = found
        topic = _topic(sentence.text)
        # by its topic any work told before; else the work told last, of those one mention tells
        told_before = spans[:first] if topic else spans[bisect_left(starts, starts[first - 1]) : first]
        fits = [i for _, i in told_before if activities[i].status == "reported"
                and (activities[i].type == kind if kind else activities[i].type in STEPS)
                and (topic is None or topic in activities[i].subject or any(topic in law for law in activities[i].laws))]
        if not fits:
            continue
        index = fits[-1]
        act = activities[index]
        if _BODY_NAMED.search(words) and not _names_conductor(ctx, sentence.start, sentence.start + len(words), act):
            continue
        told[sentence.start] = index
    return told


@lru_cache(maxsize=1)
def _leading() -> re.Pattern[str]:
    """The ``leading`` rows of ``activity-mentions.csv`` as one pattern."""
    return re.compile("|".join(f"(?:{row['pattern']})" for row in rows("activity-mentions") if row["role"] == "leading"))


def _led(sentence: str) -> tuple[str, str] | None:
    """The kind of the work a ``sentence`` opening with an officer leading its group or a team tells the steps of, with
    the words up to the verb of leading (县人大常委会副主任贺观群率组深入到白岭、大桥等乡镇，…检查《条例》… → an inspection:
    newuser22 §4, a 2009 county news item whose second and third sentences named the leaders and the places of the
    inspections its first told): the kind its group names (执法检查组), else the first kind the sentence's words name
    (:data:`KIND_WORDS`); None when it opens otherwise or names no kind (张某委员长带队…召开座谈会 names none it could
    tell). Unlike a ``narrator`` row, such an opening folds no mention into an earlier one (:mod:`event_mentions`)."""
    found = _leading().search(sentence)
    if found is None:
        return None
    kind = next((k for word, k in KIND_WORDS if word in found.group()), None) or next(
        (k for word, k in KIND_WORDS if word in sentence), None)
    return (kind, sentence[: found.end()]) if kind else None


def _topic(sentence: str) -> str | None:
    """The topic a sentence names the work it tells by, in its first clause (:data:`_TOPIC_NAMED`), if any."""
    first = re.split(r"[，,：:]", sentence, maxsplit=1)[0]
    named = _TOPIC_NAMED.search(first)
    return named.group("topic") if named and not _NO_TOPIC.match(named.group("topic")) else None


def _names_conductor(ctx: Context, start: int, end: int, act: Activity) -> bool:
    """Whether the bodies named in view ``start:end`` (the narrator's words) are the one that conducted ``act``: the
    body it names as conductor, else the report's publisher."""
    conductors = [act.conducted_by] if act.conducted_by else publishers(ctx.metadata)
    named = [hit.canonical for hit in ctx.organ_hits if start <= hit.start < end and hit.is_organ]
    return all(any(name.startswith(body) for body in conductors) for name in named)
