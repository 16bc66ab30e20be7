"""Areas as the graph states them: their nesting, and the organs within an area.

The builder states only each area's direct parent (``okg:within``); the sub-areas of an area
are followed here, in Python over :meth:`graph.backends.Backend.describe`, so both stores answer alike (in
SPARQL the same is ``?a okg:within* ?area``, in Cypher ``(a)-[:within*0..3]->(area)``).
Areas are named by their division code (``okg:divisionCode``, 420117): callers resolve
names to codes first (:func:`api.vocabulary.area_code`). What an area holds, counted, is
:mod:`graph.area_view`.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from graph.identity import read_source
from graph.per_version import PerVersion

if TYPE_CHECKING:
    from graph.backends import Backend, Description

#: Level classes of the ontology → the level names the API shows.
LEVELS = {"Country": "national", "ProvinceLevelArea": "province", "PrefectureLevelArea": "city", "CountyLevelArea": "county",
          "TownshipLevelArea": "township"}
_MAX_DEPTH = 8  # more than the four levels, so a malformed cycle cannot loop
_Reports = tuple[dict[str, str], dict[str, str], dict[str, set[str]], dict[str, str], frozenset[int], dict[str, str]]


def _areas(store: Backend) -> dict[str, Description]:
    return store.describe(cls="AdministrativeArea")


#: Every area the graph states, by IRI; read once per :meth:`~graph.backends.Backend.version` of the store and
#: shared (callers do not change it).
described = PerVersion(_areas)


def chain(found: dict[str, Description], iri: str) -> list[str]:
    """``iri`` and the areas above it in ``found`` (:func:`described`), nearest first."""
    chain = [iri]
    while len(chain) <= _MAX_DEPTH and (up := found[chain[-1]].rel("within") if chain[-1] in found else None):
        if up in chain:
            break
        chain.append(up)
    return chain


def report_areas(store: Backend) -> dict[str, str]:
    """``{report IRI: its area IRI}``: the ``okg:jurisdiction`` of each report that states one (of several, the
    deepest in the hierarchy, then the least IRI); read once per store version, as :func:`described` is.
    A report's area is where its activities with no conducting organ are placed (:func:`placers`)."""
    return _reports(store)[0]


def report_levels(store: Backend) -> dict[str, str]:
    """``{report IRI: its level}``: the ``okg:level`` each report states (national, province, city, county,
    township: the level its header gives, else its organ's name, :func:`loaders.extract.metadata.report_level`); for a
    report a store kept from before okg stated it, its area's level (:func:`report_areas`). A report with neither
    is left out. Read once per store version, as :func:`report_areas` is."""
    return _reports(store)[1]


def placed_organs(store: Backend) -> dict[str, set[str]]:
    """``{organ IRI: the areas it states as its okg:jurisdiction}`` of the organs that state one: the organs
    :func:`placers` places work by. Read once per store version, as :func:`report_areas` is."""
    return _reports(store)[2]


def report_sources(store: Backend) -> dict[str, str]:
    """``{report IRI: its source}``: the first of :func:`source_list`, the URL it was published at when it has one;
    what every row stated in the report names its source by, so an analyst can open it. Read once per store
    version, as :func:`report_areas` is."""
    return _reports(store)[3]


def report_read_from(store: Backend) -> dict[str, str]:
    """``{report IRI: the source its reading was read from}`` (as its graph names it, :func:`graph.identity.read_source`)
    of each report whose stored hash names it: the copy :func:`source_list` puts first among the files and URLs read.
    Read once per store version, as :func:`report_areas` is."""
    return _reports(store)[5]


def first_report_year(store: Backend) -> int | None:
    """The earliest year any report covers (its ``okg:coversYear``, or the first of its range, ``okg:yearFrom``),
    None when no report is dated: where coverage's period begins when no year is asked
    (:func:`graph.tables.in_force_during`). Read once per store version, as :func:`report_areas` is."""
    return min(_reports(store)[4], default=None)


def report_years(store: Backend) -> frozenset[int]:
    """Every year some stored report covers (its ``okg:coversYear``, or each year of its range ``okg:yearFrom`` to
    ``okg:yearTo``): a year filter outside them still answers, and the answer says no report covers it (round 36,
    newuser20 §13: ``coverage year=2030`` listed every law uninspected, silently). Read once per store version."""
    return _reports(store)[4]


def source_list(report: Description, read_from: str | None = None) -> list[str]:
    """Where the ``report`` can be opened, each once: the URL it was published at (``okg:sourceUrl``, its ``url:``
    header), then the copy its reading was read from (``read_from``: :func:`report_read_from`; round 37: a warned
    ``bad-not-really.pdf`` came first by name before a clean ``santai.txt`` of the same text, newuser19 §10), then
    the other files and URLs of its text (``okg:sourceLocation``, named portably:
    :func:`loaders.build.report.source_name`), URLs before files, each group in order (round 20: a report whose
    header gave its URL named only ``f19.txt``, which opens nothing once the export is elsewhere)."""
    read = sorted(map(str, report.props.get("sourceLocation", [])), key=lambda s: (s != read_from, not _is_url(s), s))
    return list(dict.fromkeys([*sorted(map(str, report.props.get("sourceUrl", []))), *read]))


def _is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def _read_reports(store: Backend) -> _Reports:
    """:func:`report_areas`, :func:`report_levels`, :func:`placed_organs`, :func:`report_sources`,
    :func:`first_report_year` and :func:`report_read_from`."""
    found = described(store)
    reports = store.describe(cls="Report").values()
    areas = {d.iri: min(places, key=lambda a: (-len(chain(found, a)), a))
             for d in reports if (places := d.rels.get("jurisdiction"))}
    levels = {d.iri: level for d in reports
              if (level := d.one("level") or (row(found[areas[d.iri]])["level"] if areas.get(d.iri) in found else None))}
    placed = _jurisdictions(store, "Organ")
    hashes = store.graph_hashes()
    read_from = {d.iri: name for d in reports
                 if (name := read_source(map(str, d.props.get("sourceLocation", [])), hashes.get(d.iri, ""))) is not None}
    sources = {d.iri: given[0] for d in reports if (given := source_list(d, read_from.get(d.iri)))}
    years = frozenset(year for d in reports if (first := d.one("coversYear") or d.one("yearFrom")) is not None
                      for year in range(int(first), int(d.one("yearTo") or first) + 1))
    return areas, levels, placed, sources, years, read_from


#: :func:`_read_reports`, once per version.
_reports = PerVersion(_read_reports)


def placers(conductors: Iterable[str], assistants: Iterable[str], report: str | None, report_area: dict[str, str],
            placed: Mapping[str, Iterable[str]]) -> list[str]:
    """What places an activity (or a statement of an inspection) for the ``jurisdiction`` filters and the areas'
    counts: its conducting organs that are placed (``placed``: :func:`placed_organs`, each by its own
    ``okg:jurisdiction``) and the areas of its assisting organs (``okg:assistedBy``: :func:`assistants`) that are, or,
    when it names none that is, its report's area (``report_area``: :func:`report_areas`).
    An audit report a government or audit office published often names no conductor, and a header's organ whose
    place is not given (县人民代表大会常务委员会（县名未载）) has none: their work is placed where the report is from,
    as its rows' area columns say, never left out of every area (a new user, round 17: rows said 黔江区 while
    ``jurisdiction=黔江区`` found none). Work an organ assisted was done in its area by it: an entrusted inspection
    (受省人大常委会委托, the entrusted congress checked in its area), one it helped in step (配合省、市人大常委会联动开展:
    round 47 ruling 10 makes the province its conductor), a visiting group it received (round 47: 新洲区 lost the
    wetland law from ``/laws?jurisdiction=新洲区``). Such work is placed by the assisting organ's areas, not by the
    organ: an organ's own counts stay the work it conducted (``/organs``' ``conducted``)."""
    conducting = [organ for organ in conductors if organ in placed]
    helped = [area for organ in assistants if organ in placed for area in sorted(placed[organ])]
    if conducting or helped:
        return list(dict.fromkeys([*conducting, *helped]))
    return [report_area[report]] if report in report_area else []


def _assisted(store: Backend) -> dict[str, list[str]]:
    """``{activity IRI: the organs that assisted it (okg:assistedBy)}`` of the activities that name one."""
    return {iri: d.rels["assistedBy"] for iri, d in store.describe(cls="OversightActivity").items()
            if d.rels.get("assistedBy")}


#: ``{activity IRI: its assisting organs' IRIs}`` (:func:`_assisted`), read once per store version as
#: :func:`report_areas` is: what :func:`placers` places a law row of an inspection by beside its one conducting organ
#: (:class:`graph.backends.LawRow`), without a scan per request.
assistants = PerVersion(_assisted)


def placed_within(store: Backend, code: str) -> set[str]:
    """The IRIs :func:`placers` gives that lie in the area ``code`` (sub-areas included): its organs
    (:func:`organs_within`) and its areas (:func:`within`, where a report without a conductor places its work)."""
    return organs_within(store, code) | within(store, code)


#: The columns of an area in a row stated in a report (:func:`place`).
AREA_KEYS = ("area", "area_code", "area_level", "province", "province_code")
#: The columns every row stated in a report takes from it (:func:`report_places`): its source, its own level, then
#: its area.
REPORT_KEYS = ("source", "level", *AREA_KEYS)


def place(found: dict[str, Description], area: str | None) -> dict[str, str | None]:
    """``{"area", "area_code", "area_level", "province", "province_code"}`` of an area IRI among ``found``
    (:func:`described`): its name, division code and level (:data:`LEVELS`), and the province-level area it lies
    in (itself for a province; None for the nation). All None for None or an area the graph does not describe."""
    if area is None or area not in found:
        return dict.fromkeys(AREA_KEYS)
    own = row(found[area])
    province = next((found[a] for a in chain(found, area) if a in found and "ProvinceLevelArea" in found[a].types), None)
    return {"area": own["label"], "area_code": own["code"], "area_level": own["level"],
            "province": province.label if province else None,
            "province_code": province.one("divisionCode") if province else None}


def report_places(store: Backend) -> dict[str, dict[str, str | None]]:
    """``{report IRI: {"source", "level", **its area's :func:`place`}}`` (:data:`REPORT_KEYS`) for every report with a
    source, a level or an area (:func:`report_sources`, :func:`report_levels`, :func:`report_areas`): ``level`` is the
    report's own, ``area_level`` its area's, which differ when the text resolves no area as deep as the report's level
    (a township congress's report in its county)."""
    found, (areas, levels, _, sources, _, _) = described(store), _reports(store)
    return {report: {"source": sources.get(report), "level": levels.get(report), **place(found, areas.get(report))}
            for report in areas.keys() | levels.keys() | sources.keys()}


def within(store: Backend, code: str) -> set[str]:
    """IRIs of the area with division code ``code`` and of every area the graph states within it."""
    found = described(store)
    tops = {iri for iri, d in found.items() if d.one("divisionCode") == code}
    return {iri for iri in found if tops & set(chain(found, iri))}


def _jurisdictions(store: Backend, cls: str) -> dict[str, set[str]]:
    """Nodes of class ``cls`` → the areas they state as their jurisdiction."""
    return {d.iri: set(d.rels["jurisdiction"]) for d in store.describe(cls=cls).values() if d.rels.get("jurisdiction")}


def instruments(store: Backend) -> dict[str, str | None]:
    """``{IRI of a group a committee forms for one piece of work (okg:InspectionGroup: 执法检查组, 调研组, 视察组): IRI of
    that committee (okg:subOrganOf), None if the graph names none}``. A group is its committee's instrument, which
    conducts the work it does (:meth:`loaders.build.organs.Organs.conductor`): no organ of its own in the listings of
    organs (``/organs``, an area's organs), where it was a row conducting nothing beside its committee (a first-time
    analyst, round 32: eight such rows), while the Facts and the graph keep it as the text names it."""
    return {d.iri: d.rel("subOrganOf") for d in store.describe(cls="InspectionGroup").values()}


def organs_within(store: Backend, code: str) -> set[str]:
    """IRIs of the organs whose ``okg:jurisdiction`` is the area ``code`` or lies within it."""
    inside = within(store, code)
    return {organ for organ, places in _jurisdictions(store, "Organ").items() if places & inside}


def row(d: Description) -> dict[str, Any]:
    """An area as listings show it: ``{"iri", "code", "label", "short", "level"}`` (level: national,
    province, city, county, township or None)."""
    level = next((LEVELS[t] for t in sorted(d.types) if t in LEVELS), None)
    return {"iri": d.iri, "code": d.one("divisionCode"), "label": d.label, "short": d.one("altLabel"),
            "level": level}


def listing(store: Backend) -> list[dict[str, Any]]:
    """Every area the graph states, by code: :func:`row` rows (with counts: :func:`graph.area_view.view`)."""
    return sorted((row(d) for d in described(store).values()), key=lambda r: (r["code"] or "", r["iri"]))
