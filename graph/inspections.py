"""Which statements are one inspection: the identity every count of inspections uses.

A law-enforcement inspection (执法检查) is stated as an activity, and a work report, a session
communiqué and a news item may each state the same one. The rule (docs/design.md, *A law's
times_inspected*):

- Of one law, statements are one inspection when the same organs conducted them in the same year
  (or range of years); a statement without organ or year is an inspection of its own.
- A follow-up (跟踪检查, 回头看, 《X法》执法检查审议意见落实情况, :attr:`graph.backends.LawRow.follow_up`) inspects
  the laws it concerns only when it follows up an inspection (:func:`inspects`; how the opinions on a *report*
  about a law were handled is that report's review, its laws not inspected); it joins the latest
  inspection of the law by the same organs in its year or before (review opinions are followed up
  the year after), or that of the year it names (``LawRow.follows_year``: 对2021年开展的…执法检查开展“回头看”). When no stored report states that inspection (it was reported in an earlier year's report), the
  follow-up is no inspection the store holds: its key is marked :data:`FOLLOWED_ONLY` (:func:`followed_only`), the
  law counts it in ``followed_up_only``, not ``times_inspected``, and no count of inspections conducted takes it (a
  first-time analyst, round 30: /organs and ``kind=执法检查`` counted such a handling report as one more inspection).
- Across laws, an inspection stays one law's: 对《A》《B》开展执法检查 states two inspections, one of each law, as
  ``/laws`` counts one in each law's ``times_inspected``; every count of inspections (``/organs``, ``/areas``,
  ``/stats``) counts that unit, so a count does not change with how the text groups the laws (round 38, a new user's
  finding 1: 修水's 先后开展了《A》、《B》执法检查, two inspections, counted 1 across laws; 重庆's campaign of five
  regulations, told whole in a sentence of each of two news items, counted 2).
- A reported law-enforcement inspection that concerns no law (委托5个区县对5件法规开展了执法检查, 检查6部法律实施情况)
  tells the inspections of named laws by the same organs in the same year, when there are any (the campaign told whole,
  or a year's summary), and is no inspection more; else statements naming no law are one inspection per organs and
  year, as a law's are, and one without organ or year is one of its own.

``/laws`` (:func:`graph.tables.law_entry`) counts :func:`of_law` per law; ``/areas``, ``/organs`` and
``/stats`` count the inspections :func:`identify` gives each statement.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import astuple
from typing import Any, Hashable

from graph import fields
from graph.backends import Description, LawRow

INSPECTION = "LawEnforcementInspection"
FOLLOW_UP = "FollowUpOversight"
#: What :func:`identify` reads of an activity besides its types: a describe of these keys only gives the same answer
#: with a fraction of each node (round 50, perf50: ``/stats`` and ``/areas`` described every activity whole).
KEYS = ("status", "year", "yearFrom", "yearTo", *fields.CONDUCTING)
#: The rule in one paragraph, for the API's descriptions of every count of inspections.
DEFINITION = ("An inspection is counted once however many reports state it: of one law, statements by the "
              "same organs in the same year are one inspection, a follow-up of an inspection (跟踪检查, 回头看, 执法检查审议意见落实"
              "情况; not of a report about a law) joins the latest inspection "
              "of the law by the same organs in its year or before (one no stored report states is no inspection here: "
              "the law's followed_up_only counts it, its organ's follow_ups), and an inspection of several laws is one "
              "inspection of each (对《A》《B》开展执法检查: 2), as /laws' times_inspected counts them; a statement naming "
              "no law tells the same organs' inspections of named laws that year, else counts once per organs and year; "
              "a statement without organ or year counts alone.")
#: An inspection of one law: (conducting organs, year or (first, last) year), or ("activity", IRI)
#: for a statement that is its own; (FOLLOWED_ONLY, *that) for one only a follow-up states.
Key = tuple[Hashable, ...]
#: An inspection as every count across laws names it: (the law's IRI, "" for none named; the least IRI of its statements).
Inspection = tuple[str, str]
#: The mark of an inspection the store knows only by its follow-ups (:func:`followed_only`).
FOLLOWED_ONLY = "followed-up only"


def followed_only(key: Key) -> bool:
    """Whether ``key`` is an inspection no stored report states, known only by a follow-up of it (a handling report of
    its review opinions, 跟踪检查): it was reported before the reports the store holds, so it is a follow-up there."""
    return bool(key) and key[0] == FOLLOWED_ONLY


def inspects(activity: Description) -> bool:
    """Whether ``activity`` (with its types and ``evidenceText``) is a statement that a law it concerns was
    inspected: an inspection, or a follow-up of one. The lead's round-24 ruling (benchmarks/genre/README.md):
    a law is inspected through an inspection (执法检查, 检查…实施情况) or a stated follow-up of one (跟踪检查, 回头看,
    《X法》执法检查审议意见落实情况); how the opinions on a *report* about a law were handled
    (办理落实《关于贯彻实施〈X法〉审议意见》情况的报告) is that report's review, its laws not inspected. A follow-up
    not typed an inspection is one when its words state an inspection by the test the extractor marks a report's
    laws ``inspected`` with (:func:`loaders.extract.activities.is_inspection_context`, on the evidence as the
    extractor reads it), so ``/laws`` and a report's Facts read one rule (a fresh user's round 24, finding 4)."""
    from loaders.extract.activities import states_inspection  # loaders imported on first use

    return states_inspection(INSPECTION in activity.types, FOLLOW_UP in activity.types, activity.one("evidenceText") or "")


def of_law(rows: Sequence[LawRow]) -> dict[str, Key]:
    """``{activity IRI: its inspection}`` among ``rows``, all of one law (rows without activity
    are left out); equal keys are one inspection. The answer depends on the set of rows only."""
    first: dict[str, LawRow] = {}  # an activity's rows differ only in the organ
    organs: dict[str, set[str]] = {}
    for row in sorted(rows, key=lambda r: tuple((v is None, str(v)) for v in astuple(r))):
        if row.activity is None:
            continue
        first.setdefault(row.activity, row)
        conductor = row.organ_iri or row.organ
        organs.setdefault(row.activity, set()).update([conductor] if conductor else [])
    stated = sorted(first.values(), key=lambda r: (r.report or "", r.start or 0, r.activity or ""))
    keys = {r.activity: _own(r, organs[r.activity or ""]) for r in stated if r.activity}
    inspections = [keys[r.activity] for r in stated if r.activity and not r.follow_up and keys[r.activity][0] != "activity"]
    return {activity: _followed(key, inspections, first[activity].follows_year) if first[activity].follow_up else key
            for activity, key in keys.items()}


def identify(rows: Iterable[LawRow], activities: Iterable[Description] = ()) -> dict[str, set[Inspection]]:
    """``{activity IRI: the inspections it states}``: of each law, its inspections as :func:`of_law` keys ``rows`` (as
    :func:`graph.loop.inspection_rows` gives them: planned ones left out), each named (law, the least IRI of its
    statements), so a statement of two laws states two; of ``activities`` (described with their relations), each
    reported law-enforcement inspection no row holds (one that concerns no law) states the inspections of named laws
    keyed as it would be (the same conducting organs, :func:`graph.fields.conductors`, and year), else one of its own
    per organs and year (:func:`_own`). A follow-up of an inspection no stored report states (:func:`followed_only`)
    states none the store holds: it is left out, as a follow-up concerning no law is."""
    by_law: dict[str, list[LawRow]] = {}
    for row in rows:
        if row.activity is not None:
            by_law.setdefault(row.law, []).append(row)
    stated: dict[str, set[Inspection]] = {}
    held: dict[Key, set[Inspection]] = {}  # (organs, year) → the inspections of named laws keyed so
    for law, law_rows in sorted(by_law.items()):
        keys = {a: key for a, key in of_law(law_rows).items() if not followed_only(key)}
        first: dict[Key, str] = {}
        for activity, key in sorted(keys.items()):
            first.setdefault(key, activity)
        for activity, key in keys.items():
            stated.setdefault(activity, set()).add((law, first[key]))
            if key[0] != "activity":
                held.setdefault(key, set()).add((law, first[key]))
    named_none: dict[Key, str] = {}
    for d in sorted(activities, key=lambda d: d.iri):
        if (INSPECTION in d.types and FOLLOW_UP not in d.types and d.one("status") != "planned"
                and d.iri not in stated):
            key = _key(d.iri, set(fields.conductors(d)), d.one("year"), d.one("yearFrom"), d.one("yearTo"))
            stated[d.iri] = held.get(key) or {("", named_none.setdefault(key, d.iri))}
    return stated


def laws_of(inspections: Iterable[Inspection]) -> set[str]:
    """The laws ``inspections`` (as :func:`identify` names them) inspected: the one definition of "laws inspected" every
    count uses (``/areas``, ``/organs``, ``/coverage``'s ``area``), as ``/laws?inspected=true`` lists the laws whose
    ``times_inspected`` counts one of them; an inspection naming no law names none (a new user's round 42, finding 9:
    a follow-up naming a law beside the one it follows up made ``/areas`` count 8 laws for 7 inspections)."""
    return {law for law, _ in inspections if law}


def parts(counted: set[Inspection], organs: Iterable[dict[str, Any]], unplaced: dict[str, int]) -> dict[str, int]:
    """How ``counted`` (every inspection :func:`identify` gives, ``/stats``' ``inspections``) reconciles with what the
    other routes add up to, the differences that are by design (a new user's round 42, finding 10: 33, 34, 32 and 36):
    ``inspections_of_laws`` (those naming a law: the sum of ``/laws?inspected=true``'s ``times_inspected``), ``inspections_naming_no_law`` (no law row holds them: 开展执法检查 of no named law),
    ``inspections_unplaced`` (no area holds them, ``unplaced``' count: ``/areas/全国`` gives the rest) and
    ``inspections_by_organ`` (the sum of ``organs``' ``inspections``, ``/organs``: a joint inspection is each of its
    conducting organs', one with no conductor none's)."""
    named = sum(1 for law, _ in counted if law)
    return {"inspections_of_laws": named, "inspections_naming_no_law": len(counted) - named,
            "inspections_unplaced": unplaced.get("inspections", 0),
            "inspections_by_organ": sum(row["inspections"] for row in organs)}


def by_organ(identified: dict[str, set[Inspection]], activities: Iterable[Description]) -> dict[str, set[Inspection]]:
    """``{organ IRI: the inspections it conducted, alone or with others}``: those each of ``activities``
    (with their conducting organs, :func:`graph.fields.conductors`: a joint partner's too) states
    (:func:`identify`)."""
    found: dict[str, set[Inspection]] = {}
    for d in activities:
        for organ in fields.conductors(d) if d.iri in identified else ():
            found.setdefault(organ, set()).update(identified[d.iri])
    return found


def _own(row: LawRow, organs: set[str]) -> Key:
    """Which inspection a statement is by itself: one per conducting organs and year, however many
    reports (a work report, a session communiqué, a news item) state it; without both, its own."""
    return _key(row.activity or "", organs, row.year, row.year_from, row.year_to)


def _key(activity: str, organs: set[str], year: int | None, year_from: int | None, year_to: int | None) -> Key:
    """(conducting organs, year or (first, last) year), or ("activity", ``activity``) without both."""
    dated = fields.years(year, year_from, year_to)
    when = dated["year"] or (dated["year_from"], dated["year_to"])
    if not organs or when == (None, None):
        return ("activity", activity)
    return (tuple(sorted(organs)), when)


def _followed(key: Key, inspections: list[Key], named: int | None = None) -> Key:
    """The inspection a follow-up of ``key`` (organs, year) follows up: the latest one by the same
    organs in its year or before, or, when the follow-up names the year of the inspection it follows up (``named``,
    okg:followsUpYear: 对2021年开展的…执法检查开展“回头看”), theirs of that year (a range holding it); when the store
    holds none, the inspection only it states, marked :data:`FOLLOWED_ONLY`, of the year it names (so that follow-ups
    of one earlier inspection in several years are one) or of its own (of a follow-up naming no organ or year too)."""
    earlier = [k for k in inspections if key[0] != "activity" and k[0] == key[0] and _last_year(k) <= _last_year(key)
               and (named is None or _holds(k, named))]
    if earlier:
        return max(earlier, key=_last_year)
    return (FOLLOWED_ONLY, key[0], named) if named is not None and key[0] != "activity" else (FOLLOWED_ONLY, *key)


def _holds(key: Key, year: int) -> bool:
    """Whether an inspection key's year is ``year``, or its range holds it."""
    when = key[1]
    return when == year if isinstance(when, int) else (when[0] or year) <= year <= (when[1] or year)  # type: ignore[index]


def _last_year(key: Key) -> int:
    """The last year of an inspection key's year, or of its range (a multi-year report's)."""
    year = key[1]
    return year if isinstance(year, int) else year[1] or year[0]  # type: ignore[index,no-any-return]
