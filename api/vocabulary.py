"""The ontology's zh/en labels as the API's vocabulary: the class and property labels the
explorer shows, and filter values accepted in either language.

``kind=执法检查``, ``kind=Law-enforcement inspection`` and ``kind=LawEnforcementInspection`` are
one kind; ``level=法律`` and ``level=NationalLaw`` one level. A value nobody knows is a 422
listing the valid ones, never a silent empty page.
"""
from __future__ import annotations

import difflib
import functools
import re
import unicodedata
from typing import Any

from fastapi import HTTPException

from api import romanised
from api.deps import resolve_iri
from api.params import listed, one_at_a_time
from graph import Store
from graph.areas import LEVELS as AREA_LEVELS
from graph.areas import listing
from loaders.build.areas import NATION, NATION_CODE, NATION_NAME, NATION_SHORT
from loaders.build import measure_scheme
from loaders.build.activities import ACTIVITY_CLASSES, HEARD, PLENARY
from loaders.extract.measure_classes import measure_key
from loaders.build.laws import LAW_LEVEL_CLASSES
from loaders.extract.jurisdiction import Jurisdiction, jurisdiction
from loaders.lexicon import areas, organ_names, tables
from loaders.lexicon.areas import Area
from loaders.read.errors import ReadError
from loaders.read.text import header_level, spelt_level
from loaders.lexicon.normalise import simplify
from loaders.lexicon.organ_names import UNNAMED
from loaders.lexicon.patterns import AREA_UNIT
from ontology.iri import entity as entity_iri
from ontology.textform import search_key


@functools.lru_cache(maxsize=1)
def ontology_terms() -> dict[str, list[dict[str, Any]]]:
    """``{"classes": [{name, iri, label_en, label_zh, alt_labels, superclasses}], "properties": [{name, iri,
    label_en, label_zh, alt_labels}]}`` of okg.ttl (okg terms only, sorted by name), read once: ``alt_labels`` a
    term's zh ``skos:altLabel``s, the short words reports use for it (调研 for 专题调研)."""
    from rdflib import Literal as RdfLiteral

    from ontology import OKG, OWL, RDF, RDFS, SKOS, load_ontology, superclasses

    graph = load_ontology()
    okg = str(OKG._NS)

    def labels(term: Any) -> dict[str | None, str]:
        return {lit.language: str(lit) for lit in graph.objects(term, RDFS.label) if isinstance(lit, RdfLiteral)}

    def rows(kinds: tuple[Any, ...]) -> list[dict[str, Any]]:
        found = sorted({t for kind in kinds for t in graph.subjects(RDF.type, kind) if str(t).startswith(okg)})
        return [{"name": str(t)[len(okg):], "iri": str(t), "label_en": labels(t).get("en"),
                 "label_zh": labels(t).get("zh"),
                 "alt_labels": sorted(str(lit) for lit in graph.objects(t, SKOS.altLabel)
                                      if isinstance(lit, RdfLiteral) and lit.language == "zh")} for t in found]

    classes = [{**row, "superclasses": [str(s)[len(okg):] for s in superclasses(OKG[row["name"]])]}
               for row in rows((OWL.Class,))]
    return {"classes": classes,
            "properties": rows((OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty))}


def subclasses(root: str) -> list[dict[str, Any]]:
    """The ontology classes below ``root`` (local name), with their labels."""
    return [c for c in ontology_terms()["classes"] if root in c["superclasses"]]


def _names(term: dict[str, Any]) -> list[str]:
    return [n for n in (term["name"], term.get("label_zh"), term.get("label_en"), *term.get("alt_labels", [])) if n]


def _names_it(value: str, names: list[str]) -> bool:
    """Whether ``value`` is one of ``names`` as search compares them (``ontology.textform.search_key``: any case,
    width, spacing, and traditional script: 執法檢查 is 执法检查)."""
    return search_key(value) in {search_key(n) for n in names}


#: The extraction contract's activity types by the class the graph types them with (``law_enforcement_inspection``
#: → ``LawEnforcementInspection``), names a filter of kinds takes too.
_FACT_TYPES = {str(cls).rsplit("#", 1)[-1]: key for key, cls in ACTIVITY_CLASSES.items()}


def refuse(field: str, value: str, valid: list[str]) -> HTTPException:
    """The 422 of a parameter's value it does not take, one line naming both and what it takes:
    ``kind: unknown value 'foo'; valid values: …`` (also the app's answer to a boolean or a choice the framework
    refuses, ``api.app``). A closed-set filter reads several values since round 48 (:func:`api.params.several`), each
    refused here alone when unknown (``kind=执法检查,foo``: ``kind: unknown value 'foo'``); a list written into a
    parameter that reads one value (``repealed=true,false``, ``format=ttl,nt``) is refused as such, with how to ask for
    each (:func:`api.params.one_at_a_time`; round 47, issue 13), after the words every unknown value begins with (a typo
    such as ``Law;DROP`` is also split, so the refusal first says the value is unknown)."""
    if parts := listed(value):
        return HTTPException(422, f"{field}: unknown value {value!r}, several values in one; {one_at_a_time(field, parts)}; "
                                  f"valid values: {', '.join(valid)}")
    return HTTPException(422, f"{field}: unknown value {value!r}; valid values: {', '.join(valid)}")


def refuse_number(field: str, value: str, low: float | None, high: float | None, number: bool) -> HTTPException:
    """The 422 of a number parameter's value outside its range (``number``) or not a number, one line as
    :func:`refuse`'s:
    ``limit: value '999999999' out of range; allowed range: 1–2000`` (round 47, issue 13: the validator's own text,
    "Input should be less than or equal to 2000", named no value and half the range). ``low`` and ``high`` are the
    route's ``ge`` and ``le``, None where it declares none (``limit=abc`` for a number with no bounds: any whole
    number)."""
    bounds = (f"{_bound(low)}–{_bound(high)}" if low is not None and high is not None
              else f"at least {_bound(low)}" if low is not None
              else f"at most {_bound(high)}" if high is not None else "any whole number")
    why = "out of range" if number else "not a whole number"
    return HTTPException(422, f"{field}: value {value!r} {why}; allowed range: {bounds}")


def _bound(number: float | None) -> str:
    return f"{number:g}" if isinstance(number, float) else f"{number}"


def class_name(field: str, value: str) -> str:
    """An ontology class's local name from that name in any case (``law`` → ``Law``) or its zh/en label
    (机关, 执法检查, Law enforcement inspection); 422 naming ``field`` and listing the classes."""
    classes = ontology_terms()["classes"]
    names = {search_key(n): c["name"] for c in classes for n in _names(c)}
    if (found := names.get(search_key(value))) is None:
        raise refuse(field, value, sorted(f"{c['name']} ({c['label_zh']})" if c.get("label_zh") else c["name"]
                                           for c in classes))
    return found


#: The words an activity's label names its kind by besides its class's labels, by that class: a report its words say
#: only heard (听取报告, Report heard) and a congress session's work report (听取和审议工作报告) are labelled so in
#: ``/activities`` (:data:`loaders.build.activities.HEARD`, :data:`~loaders.build.activities.PLENARY`), so ``kind=``
#: takes them for the class they label (round 49, newuser34 B8: ``kind=听取报告``, as the README and the labels write
#: it, was refused).
LABEL_WORDS = {"WorkReportReview": (*HEARD.values(), *PLENARY.values())}


def _law_level_words() -> dict[str, tuple[str, ...]]:
    """The English words a law's level is asked by, by the level's class name (``{"NationalLaw": ("law", "national")}``),
    from ``loaders/lexicon/data/law-level-words.csv`` (columns word, level), as ``level`` takes national, province …
    for an area from ``level-words.csv`` (round 49, newuser34 B8: ``law_level=national`` and ``law_level=law`` were
    refused while ``level`` took English words): one vocabulary, each level by its zh label, its class name, its en
    label or one of these words. Raises ``ValueError`` naming the file and the word when a word names two levels."""
    words: dict[str, tuple[str, ...]] = {}
    seen: dict[str, str] = {}
    for row in tables.rows("law-level-words"):
        word, level = row["word"].lower(), row["level"]
        if seen.setdefault(word, level) != level:
            raise ValueError(f"law-level-words.csv: {word!r} names two levels, {seen[word]} and {level}")
        words[level] = (*words.get(level, ()), word)
    return words


#: :func:`_law_level_words`, read once.
LAW_LEVEL_WORDS = _law_level_words()


def _choices(terms: list[dict[str, Any]], words: dict[str, tuple[str, ...]]) -> list[str]:
    """Each term as a refusal lists it: ``zh label (ClassName)``, then the other words it is asked by
    (``法律 (NationalLaw): law, national``)."""
    return [f"{t['label_zh']} ({t['name']})" + (f": {', '.join(words[t['name']])}" if t["name"] in words else "")
            for t in terms]


def activity_kind(value: str | None) -> str | None:
    """The local class name of an activity kind given by name, zh label, en label (any case), the contract's type
    (``law_enforcement_inspection``) or a word its rows' labels name it by (:data:`LABEL_WORDS`)."""
    if value is None:
        return None
    kinds = subclasses("OversightActivity")
    for kind in kinds:
        if _names_it(value, [*_names(kind), *filter(None, [_FACT_TYPES.get(kind["name"])]),
                             *LABEL_WORDS.get(kind["name"], ())]):
            return str(kind["name"])
    raise refuse("kind", value, _choices(kinds, LABEL_WORDS))


@functools.lru_cache(maxsize=1)
def issue_concepts() -> dict[str, dict[str, Any]]:
    """``{IRI: {"notation", "label_zh", "label_en", "alt_labels", "broader", "names"}}`` of the issue scheme's
    concepts (issues.ttl), read once: ``alt_labels`` its zh alternative labels (大气污染), ``broader`` the IRI of the
    concept above it or None; ``names`` every name a filter takes for it: its notation (``ecology-air``), its zh and en
    preferred labels (大气污染防治, Air pollution control: as ``/search`` shows them) and its alternative labels, each
    of which the scheme gives to one concept only (:func:`ontology.issue_keywords`)."""
    from rdflib import Literal as RdfLiteral

    from ontology import ISSUE_SCHEME, SKOS, load_ontology

    graph = load_ontology()
    concepts: dict[str, dict[str, Any]] = {}
    for concept in sorted(graph.subjects(SKOS.inScheme, ISSUE_SCHEME)):
        labels = {lit.language: str(lit) for lit in graph.objects(concept, SKOS.prefLabel) if isinstance(lit, RdfLiteral)}
        notation = graph.value(concept, SKOS.notation)
        other = [str(lit) for lit in graph.objects(concept, SKOS.altLabel)
                 if isinstance(lit, RdfLiteral) and lit.language == "zh"]
        broader = graph.value(concept, SKOS.broader)
        concepts[str(concept)] = {"notation": str(notation) if notation else None, "label_zh": labels.get("zh"),
                                  "label_en": labels.get("en"), "alt_labels": other,
                                  "broader": str(broader) if broader else None,
                                  "names": [str(n) for n in (notation, labels.get("zh"), labels.get("en"), *other) if n]}
    return concepts


def issue_iri(value: str | None) -> str | None:
    """The issue concept an ``issue`` filter names, None for None: by IRI or short form (``issue/ecology-air``), by
    its notation (``ecology-air``) or one of its labels (大气污染防治, Air pollution control, 大氣污染防治, 大气污染),
    compared as ``/search`` compares names (:func:`ontology.textform.search_key`); else by a part of names (生态, Soil;
    a Latin one at a word's start: :func:`_in_name`) or by words holding names (土壤污染防治 holds 土壤污染, and 污染防治 of 生态环境 above it), as an analyst types an
    issue. Of the concepts a part names, the one above all the others is meant (生态 is in 生态环境 and in 生态保护, 水生态
    under it: 生态环境, whose filter takes in the others); of those words hold, the one under all the others (土壤污染防治:
    土壤与固体废物, under 生态环境). Raises 422 naming the issues when no one concept is so meant (水: 水污染防治, 自然资源
    …), and saying where the issues are listed (``GET /issues``) when no name fits.

    >>> [issue_iri(v).rsplit("/", 1)[1] for v in ("生态", "土壤污染防治", "Soil", "air", "大氣污染")]
    ['ecology', 'ecology-soil-waste', 'ecology-soil-waste', 'ecology-air', 'ecology-air']
    """
    if value is None:
        return None
    if "/" in value:
        return resolve_iri(value, "issue")
    concepts, wanted = issue_concepts(), search_key(value)
    keys = {iri: {search_key(name) for name in concept["names"]} for iri, concept in concepts.items()}
    if exact := [iri for iri, names in keys.items() if wanted in names]:
        return exact[0]
    inside = [iri for iri, concept in concepts.items() if wanted and any(_in_name(wanted, n) for n in concept["names"])]
    holding = [iri for iri, names in keys.items() if any(name and _in_name(name, value) for name in names)]
    for found, meant in ((inside, _above_all(inside)), (holding, _under_all(holding))):
        if meant:
            return meant
        if found:
            listed = "; ".join(f"{concepts[iri]['label_zh']} ({concepts[iri]['notation']})" for iri in found)
            raise HTTPException(422, f"issue: {value!r} names {len(found)} issues: {listed}; name one of them "
                                     "(GET /issues lists every issue with its labels)")
    raise HTTPException(422, f"issue: unknown value {value!r}: no issue's label, alternative label or notation holds "
                             "it; GET /issues lists every issue with its labels, and any of them, or a part of one "
                             "only one issue holds, is read")


#: Where a word of Latin letters or digits starts.
_WORD_START = re.compile(r"(?<![A-Za-z0-9])(?=[A-Za-z0-9])")


def _in_name(part: str, name: str) -> bool:
    """Whether the key ``part`` (:func:`ontology.textform.search_key`) is in ``name``, as written: anywhere among
    Chinese words, from a word's start in Latin letters (air is in Air pollution control and ecology-air, not in
    affairs).

    >>> _in_name("air", "Air pollution control"), _in_name("air", "ecology-air"), _in_name("air", "Rural affairs")
    (True, True, False)
    """
    if not part.isascii():
        return part in search_key(name)
    return any(search_key(name[start.start():]).startswith(part) for start in _WORD_START.finditer(name))


def _above_all(found: list[str]) -> str | None:
    """The one concept of ``found`` every other one is under (:func:`ontology.issue_and_narrower`), or None."""
    from ontology import issue_and_narrower

    return next((iri for iri in found if set(found) <= issue_and_narrower(iri)), None)


def _under_all(found: list[str]) -> str | None:
    """The one concept of ``found`` under every other one, or None."""
    from ontology import issue_and_narrower

    return next((iri for iri in found if all(iri in issue_and_narrower(other) for other in found)), None)


def issue_named(value: str) -> bool:
    """Whether ``value`` is one issue's name as written (:func:`issue_concepts`' ``names``, as search compares them),
    whatever separators it holds: ``Market regulation, food and drug safety`` is one issue, not a list of two."""
    return any(_names_it(value, concept["names"]) for concept in issue_concepts().values())


def issue_filter(value: str | None) -> frozenset[str] | None:
    """The issues an ``issue`` filter selects: the concept :func:`issue_iri` reads and every concept under it, at any
    depth (生态环境 selects 大气污染防治, 水污染防治 …: :func:`ontology.issue_and_narrower`); None for None."""
    from ontology import issue_and_narrower

    concept = issue_iri(value)
    return None if concept is None else issue_and_narrower(concept)


def law_level(store: Store, value: str | None, parameter: str = "law_level") -> str | None:
    """The level as the graph states it (``法律``, ``地方性法规``, ``部门规章``, ``决定`` …) from a stated
    level or a level class given by name, zh label or en label: a class is the level its laws are
    stated with (``LegalDecision`` and 法律性决定 → ``决定``; ``loaders.build.laws.LAW_LEVEL_CLASSES``),
    the one this store holds where the class has several (规章, 部门规章). Raises 422 naming ``parameter``."""
    if value is None:
        return None
    stated = sorted({row["law_level"] for row in store.coverage()["laws"] if row.get("law_level")})
    wanted = value.strip()
    if wanted in stated:
        return wanted
    for level in subclasses("Law"):
        if _names_it(wanted, [*_names(level), *LAW_LEVEL_WORDS.get(level["name"], ())]):
            written = [w for w, cls in LAW_LEVEL_CLASSES.items() if str(cls).endswith(f"#{level['name']}")]
            return next((w for w in written if w in stated), written[0] if written else str(level["label_zh"]))
    classes = _choices(subclasses("Law"), LAW_LEVEL_WORDS)
    refusal = refuse(parameter, value, classes + [s for s in stated if s not in {c["label_zh"] for c in subclasses("Law")}])
    try:  # an area's level (county, 县级) asked of the law's level: say which filter reads it
        area = area_level(value)
    except HTTPException:
        raise refusal from None
    raise HTTPException(422, f"{refusal.detail}. {parameter} is the law's level; {value!r} is a level of reports: "
                             f"report_level={area} keeps the inspections stated in {area} reports")


def law_category(store: Store, value: str | None) -> str | None:
    """A category of the law catalog, as the coverage summary lists them."""
    if value is None:
        return None
    categories = sorted({row["category"] for row in store.coverage()["summary"] if row.get("category")})
    if value.strip() in categories:
        return value.strip()
    raise refuse("category", value, categories)


def organ_iris(store: Store, value: str | None) -> tuple[str, ...] | None:
    """The organs an ``organ`` filter means, by IRI, sorted: the one organ of an IRI or short form
    (``organ/…``), of a full name or of a part of a name only it holds (:func:`organ_by_name`); the
    institution a people's congress's name means (:func:`congress_organs`). None for None.
    Raises 422 as :func:`organ_by_name` and :func:`api.deps.resolve_iri`."""
    if value is None:
        return None
    if "/" in value:
        return (resolve_iri(value, "organ"),)
    return congress_organs(store, value) or (organ_by_name(store, value),)


def organ_filter(store: Store, value: str | None) -> tuple[str, ...] | None:
    """The ``organ`` filter's organs (:func:`organ_iris`), an IRI given checked as :func:`_stored` checks it."""
    found = organ_iris(store, value)
    _stored(store, value, found[0] if found else None, "Organ", "organ")
    return found


def law_filter(store: Store, value: str | None) -> str | None:
    """The ``law`` filter's law (:func:`law_iri`), an IRI given checked as :func:`_stored` checks it."""
    found = law_iri(store, value)
    _stored(store, value, found, "Law", "law")
    return found


def _stored(store: Store, value: str | None, iri: str | None, cls: str, field: str) -> None:
    """When ``value`` is an IRI or its short form (``iri`` as resolved), raise 422 naming ``field`` unless the store
    holds a resource of class ``cls`` (local name) or a subclass under it: a filter on a mistyped or foreign IRI selects
    nothing, and its empty answer would pass for "none" (a fresh user's round 21: ``law=…/中华人民共和国大气污染防治``,
    one character short, answered total 0). A route about one resource answers 404 for an unknown IRI instead."""
    if iri is None or value is None or "/" not in value:
        return  # a name: resolved against the store's names already
    kinds = {cls} | {c["name"] for c in subclasses(cls)}
    types = store.nodes([iri])[iri]["types"]
    if kinds.isdisjoint(types):
        what = f"is a {', '.join(types)}" if types else "is in no report of this store"
        raise HTTPException(422, f"{field}: {iri} {what}, no {cls}; GET /search?type={cls}&q=… finds one by name")


def one_organ(store: Store, value: str, field: str = "organ") -> str:
    """The one organ ``value`` names, read as the ``organ`` filter reads it (:func:`organ_iris`), for a route about
    one organ (a timeline, a path). Raises 422 naming ``field`` as the filter does, and, for a congress's name,
    which the filter reads as its institution (全国人大: the congress, its standing committee and their bodies),
    naming those organs and the filter that takes them all."""
    found = organ_iris(store, value) or ()
    if len(found) == 1:
        return found[0]
    nodes = store.nodes(found)
    hits = [{"iri": iri, "label": nodes[iri]["label"] or iri} for iri in found]
    raise HTTPException(422, f"{field}: {value!r} means a people's congress with its standing committee and bodies, "
                             f"{_candidates(hits, hits, 'organs')}; give one by its full name or IRI, or GET "
                             f"/activities?organ={value.strip()} for what they all did")


#: The kinds a name given for any entity (``/paths``) is read as, each by its filter's resolver.
_NAMED_KINDS = ("Law", "Organ", "AdministrativeArea")


def entity_named(store: Store, value: str, field: str) -> str:
    """The IRI of the entity ``value`` names, for a route that takes any (``/paths``): an IRI or a short form
    (:func:`api.deps.resolve_iri`); else a law, an organ or an area, named as the ``law``, ``organ`` and
    ``jurisdiction`` filters name them (:func:`law_iri`, :func:`one_organ`, :func:`jurisdiction_code`), of the
    kind of ``/search``'s best match for it (湖北省: the area; 湿地保护法: the law). Raises 422 as those filters
    do (an ambiguous name lists the candidates), naming ``field``."""
    if "/" in value:
        return resolve_iri(value, field)
    hits = store.find(value.strip(), list(_NAMED_KINDS), 1)["items"]
    # a division code (420323) or pinyin (Zhejiang) names an area, as the jurisdiction filter reads it; no name of a
    # law or organ is all digits or Latin letters
    kind = "AdministrativeArea" if value.strip().isdigit() or romanised.is_romanised(value) else next(
        (k for k in _NAMED_KINDS if hits and k in hits[0]["types"]), "Organ")
    try:
        if kind == "Law":
            return str(law_iri(store, value))
        if kind == "AdministrativeArea":
            return _AREA_IRI + str(jurisdiction_code(store, value))
        return one_organ(store, value)
    except HTTPException as exc:
        if not hits:
            raise HTTPException(422, f"{field}: no law, organ or area is named {value!r}; give an IRI or a short form "
                                     "(law/…, organ/…), or find it with GET /search?q=…") from exc
        raise HTTPException(exc.status_code, f"{field}: {str(exc.detail).partition(': ')[2]}") from exc


#: What an ``organ`` filter's OpenAPI description says of a congress's name (:func:`congress_organs`).
CONGRESS_NAMES = ("A people's congress named by its short or full name (新洲区人大, 武汉市人大, 全国人大, "
                  "湖北省人民代表大会) means the institution: the congress, its standing committee (a township's "
                  "presidium) and the bodies under them (special committees, working bodies); a standing committee's "
                  "or presidium's name (新洲区人大常委会) or an IRI means that one organ. Work an organ only assisted "
                  "(assisted_by) is its conductor's, selected by no organ filter. A name many organs "
                  "bear without their place (县人大, 市人大常委会, 人大) answers 422 listing candidates.")

#: The end of a people's congress's name, short or full (新洲区人大, 全国人民代表大会): what people call the
#: institution, the congress with its standing committee and their bodies.
_CONGRESS_NAME = re.compile(r"(?:人大|人民代表大会)$")
_STANDING_COMMITTEE = "常务委员会"


def congress_organs(store: Store, value: str) -> tuple[str, ...]:
    """The organs of the people's congress ``value`` names, when it names one by its short or full name
    (新洲区人大, 武汉市人大, 全国人大, 崔家桥镇人大, 湖北省人民代表大会, 新洲人大; not 新洲区人大常委会, one
    organ): the congress, its standing committee (a township's presidium) and the bodies under either
    (special committees, working bodies, the council of chairpersons, inspection groups), as
    ``lexicon/data/organ-bodies.csv`` relates their names (:func:`loaders.lexicon.organ_names.body`),
    among the organs the store holds: sorted IRIs, or () when ``value`` names no congress or the store
    holds none of its organs.

    Reports call the standing committee's work the congress's (市人大开展执法检查), and an analyst who
    filters by 某市人大 means the institution; an IRI names one organ only. The congress is the one the
    extractor's rules read the name as (:func:`_canonical_organ`), else that of the organ ``/search`` finds
    for it (新洲人大, an alias of the standing committee); a name many congresses bear without their
    place (县人大, 市人大, 人大) is left to :func:`organ_by_name`, which refuses it with candidates. A congress the
    rules read by a name the store holds no organ of (大瑶镇人大 → 大瑶镇人民代表大会, where the store holds
    浏阳市大瑶镇人民代表大会) is the organ ``/search`` finds for the name, with its bodies (round 34, a first-time
    analyst: ``/coverage?organ=`` of a township congress had left out its presidium's work, the name read as the
    congress alone).
    Raises 422 as :func:`organ_by_name` when only ``/search`` could read the name and it cannot."""
    wanted = simplify(value.strip())
    if not _CONGRESS_NAME.search(wanted) or _placeless(wanted):
        return ()
    congress = _congress_of(_canonical_organ(wanted))
    members = _institution(store, congress) if congress else ()
    if not members:  # a name the rules read without its place (大瑶镇人大: 大瑶镇人民代表大会, no organ of the store)
        organ = organ_by_name(store, value)
        congress = _congress_of(str(store.nodes({organ})[organ]["label"] or ""))
        members = _institution(store, congress) if congress else ()
    return members


def _congress_of(name: str) -> str | None:
    """The congress an organ's canonical name is, or whose standing committee it is; else None."""
    if name.endswith("人民代表大会"):
        return name
    if name.endswith("人民代表大会" + _STANDING_COMMITTEE):
        return name.removesuffix(_STANDING_COMMITTEE)
    return None


def _institution(store: Store, congress: str) -> tuple[str, ...]:
    """The organs the store holds whose name is ``congress`` or, through the bodies' parents, one of its
    bodies (every such name starts with the congress's: a prefix search reads them all)."""
    members = []
    for hit in store.find(congress, ["Organ"], 1000)["items"]:
        name = str(hit["label"] or "")
        while name and name != congress:
            found = organ_names.body(name)
            name = found.parent if found else ""
        if name:
            members.append(str(hit["iri"]))
    return tuple(sorted(members))


def organ_by_name(store: Store, value: str) -> str:
    """An organ's IRI from its full name, the name the extractor's rules give what is typed (四川省人大常委会
    → 四川省人民代表大会常务委员会, 全國人大常委會, 新洲区政府 → 武汉市新洲区人民政府), or any name
    ``/search`` matches to one organ best (a name reports call it by, a part of one name).

    Raises 422 naming the candidates when the best matches are several organs, or when none matches;
    and when the name is one many organs hold: one that names no place (:func:`_placeless`: 人大常委会,
    常委会, 政府, 财经委, 区政府, each organ's name in the reports of its own place), or an alias of one
    organ that other organs' names end with (法院 said of one court, the end of every court's name)."""
    wanted = value.strip()
    placeless = _placeless(wanted)
    readings = (wanted,) if placeless else (wanted, _canonical_organ(wanted))
    for name in dict.fromkeys(readings):  # an organ's IRI is minted from its full name
        organ = str(entity_iri("organ", name))
        if organ in store.describe([organ]):
            return organ
    if named := areas.named(simplify(wanted)) or [a for found in romanised.names_read(wanted).values() for a in found]:
        chinese = wanted if named[0].name.startswith(simplify(wanted)) else named[0].name
        raise HTTPException(422, f"organ: {value!r} is an area ({_places(named)}), not an organ; give "
                                 f"jurisdiction={wanted} for the inspections of every organ there, or an organ's name "
                                 f"in Chinese ({chinese}人大常委会)")
    hint = "or its full name with its place (武汉市人大常委会, 全国人大常委会), or its IRI"
    hits = store.find(wanted, ["Organ"], CANDIDATES)["items"]
    shared = bool(hits) and hits[0]["match"] == "alias" and any(h["match"] == "suffix" for h in hits)
    if hits and (placeless or shared):
        held = _heads([h for h in hits if h["match"] != "abbreviation"] or hits)
        if len(held) == 1:  # one body, and its own parts: the body the name names
            return str(held[0]["iri"])
        raise HTTPException(422, f"organ: {value!r} is what many organs are called, each in the reports of its own "
                                 f"place; it fits {_candidates(held, hits, 'organs')}; give one, {hint}")
    return _best_match(store, wanted, "Organ", "organ", hint)


#: Matches read to name the candidates of an ambiguous name (the first 12 are listed).
CANDIDATES = 100
_PARTY = ("中国共产党", "中共")


def _heads(hits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The organs among ``hits`` that are no part of another among them (:func:`_part_of`): a body's own
    offices, sub-bodies and party group do not make its name ambiguous."""
    labels = [str(h["label"] or "") for h in hits]
    return [h for h in hits if not any(_part_of(str(h["label"] or ""), other) for other in labels)]


def _part_of(name: str, head: str) -> bool:
    """Whether the organ named ``name`` is a part of the organ ``head``: a body named after it (its office,
    committees, inspection groups, council of chairpersons: 湖北省人民代表大会常务委员会办公厅; the standing
    committee of a congress), or its party group (中共…党组).

    >>> _part_of("中共武汉市新洲区人民代表大会常务委员会党组", "武汉市新洲区人民代表大会常务委员会")
    True
    >>> _part_of("武汉市新洲区人民代表大会常务委员会", "武汉市人民代表大会常务委员会")
    False
    """
    own = name
    if own.startswith(_PARTY) and own.endswith("党组"):
        own = own.removeprefix(_PARTY[0]).removeprefix(_PARTY[1]).removesuffix("党组")
    return bool(head) and own.startswith(head) and name != head


def _candidates(shown: list[dict[str, Any]], read: list[dict[str, Any]], kinds: str) -> str:
    """``"<n> <kinds> (<the first 12 labels>, …)"``: how many of ``kinds`` the candidates ``shown`` are (``n+`` when
    the matches ``read`` were cut at :data:`CANDIDATES`), and which."""
    names = ", ".join(str(h["label"]) for h in shown[:12]) + (", …" if len(shown) > 12 else "")
    return f"{len(shown)}{'+' if len(read) >= CANDIDATES else ''} {kinds} ({names})"


def _placeless(name: str) -> bool:
    """Whether ``name`` is an organ's name without its place, which the extractor reads as the organ of
    whatever place a report is about (人大常委会, 常委会, 政府, 财经委, 区政府, 市教育局): read as a report of
    a province, a city, a county or a township whose name is unknown would read it, it names an organ of
    that unnamed place. Names that carry their place (全国人大常委会, 四川省人大常委会, 新洲区政府) or
    need none (国务院, 最高人民法院) read the same wherever they are written."""
    from loaders.extract import organs  # on the first organ filter, not at the app's import (round 51, start-up)

    plain = simplify(name)
    return any(organs.resolve(plain, Jurisdiction(level)).canonical.startswith(UNNAMED)
               for level in ("provincial", "city", "county", "township"))


def _canonical_organ(name: str) -> str:
    """The canonical name the extractor gives an organ's name written alone (as a report header's ``organ:``),
    or, when it reads none, given with its area's full name (四川人大 → 四川省人大: :func:`_area_in_full`)."""
    from loaders.extract import organs

    plain = simplify(name)
    canonical = organs.resolve(plain, jurisdiction(plain, None, plain)).canonical
    full = _area_in_full(plain)
    if canonical == organ_names.split(plain).name and full != plain:
        return organs.resolve(full, jurisdiction(full, None, full)).canonical
    return canonical


def _area_in_full(name: str) -> str:
    """``name`` with the short name it starts with written in full, when one area alone bears that short
    name at the highest level any area does (四川人大 → 四川省人大; 重庆人大 → 重庆市人大, not 重庆街道; 新洲人大 →
    新洲区人大, not the towns 新洲镇), as people write a congress (四川人大网); else ``name``. Longest short
    name first. A name that starts with an area's full name (武汉市…) is ``name``."""
    if areas.leading(name):
        return name
    for size in range(min(len(name) - 2, 8), 1, -1):
        found = areas.named(name[:size])  # higher levels first
        full = {area.name for area in found if area.level == found[0].level}
        if len(full) == 1 and name[:size] not in full:
            return full.pop() + name[size:]
    return name


def law_iri(store: Store, value: str | None) -> str | None:
    """A law's IRI from its IRI, short form (``law/…``), title, short title or abbreviation
    (湿地保护法, 湿地法, 濕地保護法: matched as ``/search`` matches them), a title with the version note the national
    law database writes after it (中华人民共和国安全生产法（2021修正）: :func:`_without_version_note`); None for None.

    Raises 422 as :func:`organ_by_name`, and for a title in Latin letters (Work Safety Law) saying that laws are
    named in Chinese: the catalog okg ships gives no English titles."""
    if value is None:
        return None
    if "/" in value:  # an IRI or a short form, as organ_iri reads them
        return resolve_iri(value, "law")
    title = _without_version_note(value.strip())
    if romanised.is_romanised(title) and not store.find(title, ["Law"], 1)["items"]:
        raise HTTPException(422, f"law: {value!r}: laws are named by their Chinese titles (安全生产法, 中华人民共和国安全生产法), "
                                 "as the national catalog okg ships gives them, with no English titles; give the Chinese "
                                 "title or its IRI, or find the law by a part of that title with GET /search?type=Law&q=…")
    return _best_match(store, title, "Law", "law", "or its full title or IRI")


#: A version note after a law's title as the national law database writes it: （2021修正）, (2018修正), 2021年修订,
#: （2019年第二次修正）, （2018年修正本）; a year alone is none (宪法修正案（2018年） is a title of the catalog).
_VERSION_NOTE = re.compile(r"[（(]?\s*\d{4}\s*年?\s*(?:第[一二三四五六七八九十]+次)?\s*(?:修正|修订|修改)(?:文?本)?\s*[）)]?$")


def _without_version_note(title: str) -> str:
    """``title`` without the version note it ends with (:data:`_VERSION_NOTE`): a law cited as a version of it is the
    law, whose versions the graph does not tell apart.

    >>> [_without_version_note(t) for t in ("中华人民共和国安全生产法（2021修正）", "安全生产法2021年修订", "宪法修正案（2018年）")]
    ['中华人民共和国安全生产法', '安全生产法', '宪法修正案（2018年）']
    """
    return _VERSION_NOTE.sub("", title).strip() or title


def _best_match(store: Store, value: str, kind: str, field: str, hint: str) -> str:
    """The one resource of type ``kind`` in the best tier of ``/search``'s matches for ``value``
    (exact > alias > prefix > suffix > inside > abbreviation); 422 on ``field`` naming the candidates
    (and ``hint``) when the tier holds several, or when nothing matches."""
    hits = store.find(value, [kind], CANDIDATES)["items"]
    if not hits:
        raise HTTPException(422, f"{field}: no {field} is named {value!r}; GET /search?type={kind}&q=… lists them")
    best = [h for h in hits if h["match"] == hits[0]["match"]]
    if kind == "Organ":
        best = _heads(best)
    if len(best) == 1:
        return str(best[0]["iri"])
    raise HTTPException(422, f"{field}: {value!r} fits {_candidates(best, hits, field + 's')}; give one, {hint}")


#: The nation's names beside its label and short name (全国, 中华人民共和国), casefolded.
_NATION_NAMES = {NATION_NAME, NATION_SHORT, "中国", "national", "nation", "china"}
_AREA_IRI = str(NATION)[: -len(NATION_CODE)]  # an area's IRI: this, then its division code
_AREA_SHORT = "area/"  # an area's IRI relative to the data base, as api.deps.resolve_iri reads short forms


def area_code(store: Store, value: str | None, field: str = "jurisdiction", unknown: int = 422) -> str | None:
    """The division code of an area given by code (2, 4, 6, 9 or 12 digits), by IRI or by full or
    short name, simplified or traditional (湖北省, 湖北, 湖北省 in 繁體, 420000, 42); None for None.
    The nation is an area too: 全国, 中华人民共和国, 中国, national, China or its code 000000.

    A name several areas bear goes to those the graph holds (:func:`graph.areas.listing`), then to the
    highest level (湖北 → the province). Raises ``unknown`` (422; for a path's id 404) naming close matches
    for a name or code the gazetteer does not know, and 422 naming the candidates with their codes for a name
    still ambiguous. The area need not be in the graph: :func:`jurisdiction_code` is the filter that requires it."""
    if value is None:
        return None
    options = _areas_named(store, value, field, unknown)
    return _one(value, field, [a for a in options if a.code in _held(store)] or options)


def area_level(value: str | None, parameter: str = "level") -> str | None:
    """An area level as ``/areas`` lists it (national, province, city, county, township) from that name, the
    ``level:`` of a report header (provincial) or a level word it takes (省级, 地级, 县级市, 乡, 街道 …:
    :func:`loaders.read.text.header_level`), or a rank word before the unit it ranks (地级市: 地级, :data:`_RANKED_UNIT`),
    in either script (鄉鎮); None for None or a blank value (``report_level=``, as a form's empty field sends it: no
    filter). Raises 422 naming ``parameter`` and listing them for anything else."""
    if value is None or not value.strip():
        return None
    if (wanted := value.strip().lower()) in AREA_LEVELS.values():
        return wanted
    word = simplify(value).strip()
    try:
        level = header_level(word, parameter)
    except ReadError as exc:
        ranked = _RANKED_UNIT.fullmatch(word)
        try:
            level = header_level(ranked[1], parameter) if ranked else None
        except ReadError:
            level = None
        if level is None:
            raise HTTPException(422, str(exc)) from exc
    return spelt_level(level)


#: A rank word and the unit it ranks (地级市, 县级区, 乡级镇): the rank is the level, as 县级市 is a county's.
_RANKED_UNIT = re.compile(rf"(.+级){AREA_UNIT}")


def jurisdiction_code(store: Store, value: str | None) -> str | None:
    """The ``jurisdiction`` filter of the listings: :func:`area_code` among the areas the graph holds a
    report or an organ of (or within), and 422 when it holds none of the areas ``value`` names (火星 is a
    街道 of 长沙, not a place any report is from), naming them and ``/areas``, which lists those it holds:
    an empty answer would read as "nothing was done there", and ``/coverage`` would list every law as
    never inspected. The nation holds every area."""
    return _held_code(store, value, "jurisdiction", "no report or organ in the store is from")


def place_code(store: Store, value: str | None) -> str | None:
    """The ``place`` filter of ``/activities`` (where the work was done, ``okg:place``), read as ``jurisdiction`` is
    (:func:`jurisdiction_code`): a name, full or short (荆州市, 荆州), a code or an IRI; 422 for an area the graph holds
    nothing of (no report, organ or activity's place in it or within it)."""
    return _held_code(store, value, "place", "nothing in the store is from or was done in")


def _held_code(store: Store, value: str | None, field: str, refusal: str) -> str | None:
    """The code of the area ``value`` names among those the graph holds (:func:`_one`); None for None; 422 when it
    holds none of them."""
    if value is None:
        return None
    options = _areas_named(store, value, field)
    held = [a for a in options if a.code == NATION_CODE or a.code in _held(store)]
    if not held:
        raise HTTPException(422, f"{field}: {refusal} {value!r} ({_places(options)}) or an area within it; GET /areas "
                                 "lists the areas the store holds (GET /areas?q=… finds one by name)")
    return _one(value, field, held)


def _areas_named(store: Store, value: str, field: str, unknown: int = 422) -> list[Area]:
    """The areas ``value`` names (see :func:`area_code`; an area's IRI, full or short, ``area/420117``, as the
    listings give it), higher levels first; ``unknown`` (422) when none."""
    wanted = simplify(_without_blanks(value)).removeprefix(_AREA_IRI).removeprefix(_AREA_SHORT)
    if wanted.casefold() in _NATION_NAMES or (wanted.isdigit() and areas.normal_code(wanted) == NATION_CODE):
        return [Area(NATION_CODE, NATION_NAME)]
    if wanted.isdigit():
        if (found := areas.by_code(wanted)) is None:
            raise HTTPException(unknown, f"{field}: no area has the division code {wanted!r} (6 digits, e.g. 420117, "
                                     "or 9 for a township)")
        return [found]
    options = areas.named(wanted) or _chained(wanted) or _romanised(value, field)
    if not options:
        stated = [name for row in listing(store) for name in (row["label"], row["short"]) if name]
        close = [*difflib.get_close_matches(wanted, stated, n=5, cutoff=0.5),  # areas with reports first
                 *difflib.get_close_matches(wanted, list(areas.gazetteer()), n=5, cutoff=0.5)]
        hint = f"; close: {', '.join(list(dict.fromkeys(close))[:5])}" if close else ""
        raise HTTPException(unknown, f"{field}: no area is named {value!r}{hint} (a name or a division code)")
    return options


def _romanised(value: str, field: str) -> list[Area]:
    """The areas ``value`` names in pinyin (:func:`api.romanised.names_read`), higher levels first, to be told apart
    as the areas of one Chinese name are; 422 naming the candidates when it reads as several Chinese names (Shanxi:
    山西 and 陕西; Taizhou: 台州 and 泰州), since a reading that fits another name is no namesake the store's
    holdings may choose between."""
    read = romanised.names_read(value)
    if len(read) > 1:
        found = [area for named in read.values() for area in named]
        raise HTTPException(422, f"{field}: {value!r} reads as {len(read)} names in pinyin ({_places(found)}); give "
                                 "the name in Chinese or the division code")
    return next(iter(read.values()), [])


def _without_blanks(value: str) -> str:
    """``value`` without white space or invisible format characters (a zero-width space pasted with a name): area
    names compare with or without spaces (广 东 省)."""
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Cf")


def _one(value: str, field: str, options: list[Area]) -> str:
    """The code of the highest-level area of ``options`` (higher levels first); 422 listing them when
    several codes share that level. One code under two names (a county's former name beside its current one,
    崇明县 and 崇明区: data/former-areas.csv) is one area."""
    top = list({a.code: a for a in options if a.level == options[0].level}.values())
    if len(top) > 1:
        raise HTTPException(422, f"{field}: {value!r} names {len(top)} areas ({_places(top)}); give the code")
    return top[0].code


def _held(store: Store) -> set[str]:
    """The division codes of the areas the graph holds (those of reports and organs, the places of activities, and the
    areas above)."""
    return {row["code"] for row in listing(store) if row["code"]}


def _places(found: list[Area]) -> str:
    """Areas as people tell them apart: each with the areas above it and its code (湖北省武汉市新洲区 420117)."""
    return ", ".join(f"{''.join(reversed([a.name, *(p.name for p in areas.ancestors(a))]))} {a.code}"
                     for a in found[:12])


def _chained(name: str) -> list[Area]:
    """The areas a name written as its chain of areas (江西省南昌市, 湖北省武汉市新洲区) may mean: those
    of its last name that lie within an area of each name before it; none unless names fill it."""
    found = areas.names_in(name)
    if not found or found[0][0] != 0 or found[-1][1] != len(name) or any(
            end != start for (_, end, _), (start, _, _) in zip(found, found[1:])):
        return []
    outer = [areas.gazetteer()[n] for _, _, n in found[:-1]]
    return [area for area in areas.gazetteer()[found[-1][2]]
            if all(any(areas.contains(o, area) for o in level) for level in outer)]


def statistic_measure(value: str | None) -> str | None:
    """A statistic's measure: the activity kind (``law_enforcement_inspection``) when ``value`` names one
    by its key, class name or zh/en label (执法检查); otherwise ``value`` as written (the report's words)."""
    return None if value is None else _measure(value)


def measure_kinds() -> dict[str, dict[str, Any]]:
    """``{measure: activity class}`` (:func:`ontology_terms` rows) of the measures a summary count of activities
    carries: a Facts type's key (``law_enforcement_inspection``) or a narrower kind's measure key (``work_appraisal``)."""
    return {_FACT_TYPES.get(kind["name"]) or measure_key(kind["name"]): kind for kind in subclasses("OversightActivity")}


def measures(store: Store) -> list[dict[str, Any]]:
    """The measures the store's statistics carry, grouped by their measure class: ``{"measure_class", "class_label",
    "class_label_en", "measure", "statistics", "kind", "label", "label_en"}``, one row per class and measure (the same
    words may count in two classes by their unit: 代表 名 and 代表 人次), the classes holding most statistics first and
    the measures of no class last, most stated first within a class; ``kind`` the activity class a summary count of
    activities counts (its labels beside it), null for the report's own words (常委会会议, 实到代表), which are their
    own label."""
    kinds, labels = measure_kinds(), measure_scheme.labels()
    counted: dict[tuple[str | None, str], int] = {}
    for row in store.statistics():
        if row["measure"]:
            key = (row["measure_class"], row["measure"])
            counted[key] = counted.get(key, 0) + 1
    in_class: dict[str | None, int] = {}
    for (code, _), n in counted.items():
        in_class[code] = in_class.get(code, 0) + n
    rows = []
    for (code, measure), n in counted.items():
        kind = kinds.get(measure)
        zh, en = labels.get(code, (None, None)) if code else (None, None)
        rows.append({"measure_class": code, "class_label": zh, "class_label_en": en, "measure": measure,
                     "statistics": n, "kind": kind["name"] if kind else None,
                     "label": kind["label_zh"] if kind else measure, "label_en": kind["label_en"] if kind else None})
    return sorted(rows, key=lambda r: (r["measure_class"] is None, -in_class[r["measure_class"]], r["measure_class"] or "",
                                       -r["statistics"], r["kind"] is None, r["measure"]))


def statistic_measure_class(value: str | None) -> str | None:
    """The code of the measure class ``value`` names by its code (``suggestions_received``), its Chinese label in
    either script (代表建议, 代表建議) or its English label, or, for an activity kind, as ``measure=`` names kinds
    (执法检查, ``LawEnforcementInspection``); 422 listing the classes otherwise, as other filters refuse a value
    they do not know (:data:`loaders.build.measure_scheme` holds the classes, whether or not a statistic counts in
    one)."""
    if value is None:
        return None
    labels = measure_scheme.labels()
    code = _named_class(value) or (_measure(value) if value.strip() else None)
    if code not in labels:
        listed = {f"{code} ({zh})": (code, zh, en) for code, (zh, en) in labels.items()}
        wanted = simplify(value.strip()).lower()
        holding = [entry for entry, names in listed.items() if wanted and any(wanted in (n or "").lower() for n in names)]
        close = holding or difflib.get_close_matches(value, list(listed), n=5, cutoff=0.3)
        hint = f"did you mean {', '.join(close[:8])}? " if close else ""
        raise HTTPException(422, f"measure_class: unknown value {value!r}; {hint}all {len(listed)} valid values: "
                                 f"{', '.join(listed)}")
    return code


def check_measure(store: Store, value: str) -> None:
    """422 when no statistic in the store carries the measure ``value`` names, as ``jurisdiction=`` refuses an area
    no report is from: an activity kind none of whose totals a report states (``audit_oversight``, 审计监督) as well
    as words no report uses; it lists the closest measures stated (the kinds' first) and names
    ``GET /statistics/measures``. Asked only when a filtered answer came back empty, so a listing reads the
    statistics once; a measure stated somewhere but not under the other filters answers an empty page."""
    measure = _measure(value)
    stated = {row["measure"]: row for row in measures(store)}
    if measure in stated:
        return
    kind = measure_kinds().get(measure)
    named = f"{value!r} ({kind['label_zh']}, {measure})" if kind and measure != value else repr(value)
    kinds = [f"{m} ({row['label']})" for m, row in stated.items() if row["kind"]]
    close = difflib.get_close_matches(measure, [m for m, row in stated.items() if not row["kind"]], n=8, cutoff=0.3)
    shown = [*kinds, *close] or list(stated)[:12]
    klass = _named_class(value)
    hint = f"; {value!r} names a measure class: ask measure_class={klass}" if klass else ""
    raise HTTPException(422, f"measure: no statistic measures {named}{hint}; the store's measures include: "
                             f"{', '.join(shown) or 'none (the store holds no statistic)'}; "
                             "GET /statistics/measures lists them all")


def _named_class(value: str) -> str | None:
    """The code of the measure class ``value`` names by its code, Chinese label (either script) or English label, or
    None: what :func:`statistic_measure_class` accepts, less the activity kinds ``measure=`` takes itself."""
    wanted = simplify(value.strip())
    return next((code for code, (zh, en) in measure_scheme.labels().items()
                 if wanted.lower() in (code, en.lower()) or wanted == zh), None)


def _measure(value: str) -> str:
    """The activity kind ``value`` names by its key, class name or zh/en label: a Facts type's key
    (``law_enforcement_inspection``), or a narrower kind's measure key (``work_appraisal``, the measure of a count
    of work appraisals: :func:`loaders.build.activities.measure_key`); else ``value`` stripped."""
    wanted = simplify(value.strip())  # full-width letters (ＬＡＷ_…) and traditional words (執法檢查) as typed
    if wanted.lower() in ACTIVITY_CLASSES:
        return wanted.lower()
    kinds = subclasses("OversightActivity")
    named = next((kind for kind in kinds if kind["name"] in _FACT_TYPES and _names_it(wanted, _names(kind))), None)
    named = named or next((kind for kind in kinds if _names_it(wanted, _names(kind))
                           or wanted == measure_key(kind["name"])), None)
    return (_FACT_TYPES.get(named["name"]) or measure_key(named["name"])) if named else wanted
