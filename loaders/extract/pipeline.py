"""The extractor: one report's Document in, its Facts out, every fact with its evidence span.

Rules run on the normalised view of the text (:mod:`loaders.lexicon.normalise`);
every fact's offsets are mapped back, so ``doc.text[start:end]`` is its mention
or evidence in the text as read. The finders below are the whole extractor:
each takes the report's :class:`~loaders.extract.context.Context` and returns
its facts of one category; the passes after them read the activities as found (the loop's steps among them).
"""
from __future__ import annotations

from collections.abc import Callable

from loaders.document import Document, unmarked
from loaders.extract import (activities, activity_dates, coreference, dating, deputies, entrusted, followed_years, formers,
                             framing, inspection_reports, jurisdiction, laws, loop, narration, organs, places, publishers, stat_parts,
                             statistics, visiting_groups)
from loaders.extract.context import Context
from loaders.facts import Activity, Facts
from loaders.extract.metadata import stated_level
from loaders.years import Source, activity_years, period, spelt

#: Every finder, by the Facts field it fills.
FINDERS: dict[str, Callable[[Context], list]] = {
    "laws": laws.find,
    "activities": activities.find,
    "organs": organs.find,
    "deputies": deputies.find,
    "statistics": statistics.find,
}


def extract(doc: Document) -> Facts:
    """All facts the report states, with offsets into ``doc.text``, and its inferred metadata."""
    ctx = Context(doc)
    found = {field: find(ctx) for field, find in FINDERS.items()}
    for field in ("organs", "deputies", "statistics"):  # a sentence told again word for word: told once (the laws
        # too, after laws.read_bare_regulations has read each mention with its hit, below)
        found[field] = _told_once(ctx, found[field])
    stat_parts.mark(ctx, found["statistics"])  # 84项，其中…62项: 62 is a part of 84, of no class of its own
    found["activities"] = publishers.conducted(ctx, found["activities"])  # of several publishers, each's own work
    dating.past_plans(ctx, found["activities"])  # a plan's recalled 去年…开展的执法检查 is done work of its year
    dating.date_plans(ctx, found["activities"], found["statistics"])  # planned work under 2024年工作安排 is of 2024
    dating.date_look_backs(ctx, found["activities"], found["statistics"])  # work under 五年来的主要工作: the term's
    publishers.relocated(ctx, found["organs"], found["activities"])
    told = narration.referents(ctx, found["activities"])  # sentences going on telling an activity: 检查组赴…, 检查发现…
    found["activities"] = places.located(ctx, found["activities"], told)  # where the work was done, who led it
    found["activities"] = framing.narrated(ctx, found["activities"], told)  # …听取了县农业局等部门的汇报: overseen
    found["activities"] = entrusted.credited(ctx, found["activities"])  # 受市人大常委会委托，…开展执法检查: the city's
    found["activities"] = inspection_reports.carried(found["activities"])  # 审议执法检查报告: the one told
    followed_years.name(found["activities"], ctx.metadata, doc.text, ctx.text)  # 对2021年开展的…执法检查开展“回头看”: follows 2021's
    activity_dates.date(ctx, found["activities"])  # 4月12日，…开展执法检查: 2023-04-12, two such inspections are two
    found["activities"], where = coreference.merged(ctx, found["activities"])  # a lead, body and close telling one event
    told = coreference.reindexed(told, where)
    found["activities"] = activities.launched(ctx, found["activities"])  # 将启动…执法检查 told at its 动员会: begun
    found["loop"] = loop.find(ctx, found["activities"], told)  # steps tied to the activities as final: their indices, their laws
    found["organs"] = visiting_groups.credited(ctx, found["organs"], found["activities"])  # 检查组 after a visit: the visitor's
    found["activities"] = formers.credited(ctx, found["activities"])  # 全国人大常委会执法检查组's inspection: the committee's
    # a law is inspected when an inspection, or a follow-up stating one, carries it (the rule the graph counts by,
    # graph.inspections.inspects): never by its clause alone, so the Facts and /laws agree
    inspected = {title for act in found["activities"] if activities.inspects_laws(act) for title in act.laws}
    for law in found["laws"]:
        law.inspected = law.canonical in inspected
    laws.read_bare_regulations(ctx, found["laws"])  # 城市绿化条例 a district inspects: its city's or the State Council's
    found["laws"] = _told_once(ctx, found["laws"])  # read with every hit above; a sentence told again: mentioned once
    _date(found["activities"], ctx.metadata.get("year", ""),
          "header" if doc.metadata.get("year") else "page date" if ctx.year_guessed_from else "report text")
    # the level the store records (okg:level), by its one rule (newuser36 A7: 宝丰's organ read from its text gave the
    # store county and the Facts no level)
    level = stated_level(unmarked(doc.metadata), ctx.metadata)
    report = {**ctx.metadata, "level": level} if level else ctx.metadata
    return Facts(**found, report=report, warnings=ctx.warnings + laws.unread_titles(ctx, found["laws"], found["activities"])
                 + jurisdiction.decided_warnings(ctx.jurisdiction, ctx.metadata.get("organ", "")))


def _date(found: list[Activity], report_year: str, report_from: Source) -> None:
    """Give each activity the years the store dates it by and their source (:func:`loaders.years.activity_years`):
    ``report_year`` the report's (``2023``, ``2017-2021``), ``report_from`` where it came from."""
    report = period(report_year)
    for act in found:
        if dated := activity_years(act.year, act.years, report, report_from):
            act.dated = {"years": spelt(dated[0]), "from": dated[1]}


def _told_once(ctx: Context, items: list) -> list:
    """``items`` (organ or law mentions, statistics or deputies, each with its original ``start``) without those in a
    sentence that repeats an earlier one word for word (:attr:`Context.repeats`): the first telling holds them already
    (a first-time analyst, round 41 §2: a page pasted 3000 times kept 15,000 law mentions, 273k triples stored)."""
    if not ctx.repeats:
        return items
    return [item for item in items if not ctx.repeats.holds(ctx.view.index(item.start))]
