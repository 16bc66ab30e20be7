"""Query parameters shared by the routes: unknown names are refused (a misspelt or unsupported
filter would otherwise be ignored and its listing silently hold everything), and a year or a range of years is read
as analysts write it."""
from __future__ import annotations

import re
from collections.abc import Callable
from types import UnionType
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

from fastapi import Depends, HTTPException, Query, Request, Response
from fastapi.dependencies.models import Dependant
from fastapi._compat import ModelField
from fastapi.routing import APIRoute
from pydantic import BeforeValidator, StringConstraints

from graph.fields import YearFilter, Years
from loaders.read.text import FIRST_YEAR, LAST_YEAR, year_advice, year_span


def known_parameters(request: Request) -> None:
    """422 naming the route's parameters when the query string holds a name the route does not take, or a parameter
    that takes one value several times (:func:`_one_each`)."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    params = _query_params(route.dependant)
    known = sorted({param.alias for param in params})
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        takes = f"it takes {', '.join(known)}" if known else "it takes none"
        raise HTTPException(422, f"{unknown[0]}: {route.path} has no such query parameter; {takes}")
    _one_each(request, route.path, {param.alias for param in params if _takes_several(param.field_info.annotation)})


#: What an analyst writes a list of values with in one parameter (``level=county,city``, 县级、市级).
LIST_SEPARATORS = re.compile(r"\s*[,，、;；]\s*")


def listed(value: str) -> list[str]:
    """The values of a list written into one parameter's value (``county,city`` → ``["county", "city"]``); ``[]``
    when it is one value."""
    parts = [part for part in LIST_SEPARATORS.split(value.strip()) if part]
    return parts if len(parts) > 1 else []


def one_at_a_time(name: str, values: list[str]) -> str:
    """How to ask for several values of a parameter that reads one (``repealed: … ask once per value: repealed=true,
    then repealed=false``): the advice every refusal of several values gives, a list in one value
    (:func:`api.vocabulary.refuse`) or the parameter repeated (:func:`_one_each`). Round 47, issue 13; since round 48
    the closed-set filters take several values (:data:`Several`), and this is said of the parameters left one value: a
    choice whose "any" is a value of its own or its absence (``repealed``, ``follow_up``), a file's ``format``, an
    open text or name (``q``, ``organ``, ``jurisdiction``, ``measure``) and ``year``, which takes a range."""
    return f"{name} reads one value: ask once per value ({name}={values[0]}, then {name}={values[1]})"


#: A closed-set filter's query parameter (``level``, ``kind``, ``status``, ``category`` …; round 48, issue 13 §4):
#: repeated (``kind=执法检查&kind=专题询问``) or a list in one value (``kind=执法检查,专题询问``, 县级、市级), each value at
#: most 200 characters; :func:`several` reads its values, whose union it selects.
Several = list[Annotated[str, StringConstraints(max_length=200)]] | None

T = TypeVar("T")


def values_of(given: list[str] | None, whole: Callable[[str], bool] = lambda _: False) -> list[str]:
    """The values a :data:`Several` parameter was given, repeated or listed (:data:`LIST_SEPARATORS`), in order and
    each once, the blanks a list leaves dropped (``执法检查,``); a blank value given alone is kept as ``""``, which each
    filter reads as it did (``level=``, a form's empty field: no filter; ``status=``: refused). A value ``whole``
    knows as one name is not split (an issue's English label, ``Market regulation, food and drug safety``).

    >>> values_of(["县级、市级,", "county", " "])
    ['县级', '市级', 'county', '']
    """
    found: list[str] = []
    for item in given or ():
        parts = [item.strip()] if whole(item.strip()) else [part for part in LIST_SEPARATORS.split(item.strip()) if part]
        found += parts or [""]
    return list(dict.fromkeys(found))


def several(given: list[str] | None, read: Callable[[str], T | None],
            whole: Callable[[str], bool] = lambda _: False) -> frozenset[T] | None:
    """What a closed-set filter selects: the union of its values (:func:`values_of`, ``whole`` as there), each read by
    ``read`` (a vocabulary's reading of one value, which raises the 422 naming the value it does not know and the valid
    ones); None when it was given none. Round 48, issue 13 §4: OR within a filter, AND across filters, as GitHub's
    ``labels=a,b`` or a repeated parameter reads."""
    found = frozenset(value for value in (read(one) for one in values_of(given, whole)) if value is not None)
    return found or None


def number_range(route: object, name: str) -> tuple[float | None, float | None]:
    """The bounds (``ge``, ``le``: the routes' whole numbers take no other) a route's query parameter ``name`` declares;
    ``(None, None)`` for none, or for a route that is not an :class:`APIRoute`."""
    if not isinstance(route, APIRoute):
        return None, None
    low = high = None
    for param in _query_params(route.dependant):
        if param.alias != name:
            continue
        for rule in param.field_info.metadata:
            low, high = getattr(rule, "ge", low), getattr(rule, "le", high)
    return low, high


def _query_params(dependant: Dependant) -> list[ModelField]:
    """The query parameters of a route's function and of every dependency it has."""
    return [*dependant.query_params, *(param for sub in dependant.dependencies for param in _query_params(sub))]


def _takes_several(annotation: object) -> bool:
    """Whether a parameter's type is a list (``list[str] | None``: ``?types=Law&types=Organ``)."""
    return get_origin(annotation) in (list, tuple, set, frozenset) or any(
        _takes_several(arg) for arg in get_args(annotation) if get_origin(annotation) in (Union, UnionType))


def _one_each(request: Request, path: str, several: set[str]) -> None:
    """422 naming the parameter when one that takes a single value is given more than once (``year=2018&year=2024``):
    the framework keeps the last and answered 2024's rows alone, silently (a first-time analyst, round 30, finding 7).
    A year's refusal gives the range that holds them all, the form the filter reads for several years."""
    for name in dict.fromkeys(request.query_params):
        values = request.query_params.getlist(name)
        if len(values) < 2 or name in several:
            continue
        spans = [year_span(value) for value in values]
        if name == "year" and all(spans):
            first, last = min(s[0] for s in spans if s), max(s[1] for s in spans if s)
            advice = f"give one year or a range: year={first}-{last}"
        else:
            advice = one_at_a_time(name, values)
        shown = ", ".join(repr(value) for value in values[:5])
        raise HTTPException(422, f"{name}: given {len(values)} times ({shown}); {path} reads one {name}, so all but "
                                 f"the last would be ignored: {advice}")


def aliased(name: str, value: list[str] | None, alias: str, alias_value: list[str] | None) -> tuple[list[str] | None, str]:
    """A filter given by its name or by the older ``alias`` it keeps (``level``, read as the law's level on /laws and
    /coverage and as the report's elsewhere, beside ``law_level`` and ``report_level``, which say which; a fresh user's
    round 24, finding 6): ``(its values, the name it came by)``, that name for messages (:data:`Several`). Both given
    with different values: 422, since they are one filter."""
    if value is not None and alias_value is not None and set(values_of(value)) != set(values_of(alias_value)):
        raise HTTPException(422, f"{name}={','.join(value)!r} and {alias}={','.join(alias_value)!r}: {alias} is the "
                                 f"older name of {name}, one filter; give one of them")
    return (value, name) if value is not None else (alias_value, alias)


def year_filter(year: Annotated[str | None, Query(
        max_length=40, description="A year (2023, 2023年, ２０２３) or a range of years (2019-2020, 2019–2020, "
        "2019..2020, 2019/2020, 2019至2020年; not 2019-20, which could be a month), or one open at an end (2024-: 2024 "
        "on; -2023: up to 2023): the rows dated in it, a row dated by a "
        "range (a term report's 2017-2021 total: year null, year_from and year_to its span) when its whole range lies "
        "in it (year=2017-2021 keeps it, year=2020 does not, unless include_ranges=true).",
        examples=["2023", "2019-2020", "2024-"])] = None,
        include_ranges: Annotated[bool, Query(
            description="With year: also the rows dated by a range that runs beyond the year asked (a 2017-2021 total "
            "for year=2020), each still saying its span (year_from, year_to); never summed as that year's without "
            "asking, since such a row says the work happened somewhere in its term.")] = False) -> YearFilter:
    """The ``year`` filter of a listing (:class:`graph.fields.Years`): the years of a year or a range
    (:func:`loaders.read.text.year_span`, the rule a report's ``year:`` header is read by) and whether rows dated by a
    range reaching beyond them are kept (``include_ranges``: :func:`graph.fields.covers`); None when absent or blank
    (``year=``, as a form's empty field sends it: no filter). 422 naming the forms it takes otherwise."""
    if year is None or not year.strip():
        return None
    span = year_span(year) or _open_span(year)
    if span is None:
        advice = year_advice(year[:40])
        if " is neither a year" in advice:  # the forms a header reads, and the open ranges a filter reads besides
            advice += ", or a range open at one end as 2024- (2024 on) or -2023 (up to 2023)"
        raise HTTPException(422, f"year: {advice}")
    return Years(span[0], span[1], include_ranges)


#: The dashes an open range of years is written with, its open end left blank (2024-, -2023).
_OPEN_ENDS = ("-", "–", "—", "~", "～", "..")


def _open_span(value: str) -> tuple[int, int] | None:
    """A range open at one end, as the years from one on (``2024-``: 2024 to :data:`LAST_YEAR`) or up to one
    (``-2023``: :data:`FIRST_YEAR` to 2023), the year read as :func:`year_span` reads one: what comparing a plan with
    the work done in the years after it, or before it, filters by (a first-time analyst's round 44, finding 8);
    None for anything else."""
    text = value.strip()
    for dash in _OPEN_ENDS:
        if text.endswith(dash) and (one := year_span(text[:-len(dash)])) and one[0] == one[1]:
            return one[0], LAST_YEAR
        if text.startswith(dash) and (one := year_span(text[len(dash):])) and one[0] == one[1]:
            return FIRST_YEAR, one[0]
    return None


def ranges_left_out(year: YearFilter, listing: Callable[[YearFilter], list[Any]], kept: int) -> int:
    """How many rows ``listing`` (the route's listing, given a year filter) keeps with ``include_ranges`` beyond the
    ``kept`` rows it gave for ``year``: those dated by a range reaching beyond the years asked (0 without a year
    filter or with ``include_ranges``). An answer says so (``ranges_left_out``, ``X-Ranges-Left-Out``), so a range
    is never left out silently, as it was never summed silently."""
    if not isinstance(year, Years) or year.ranges:
        return 0
    return len(listing(Years(year.first, year.last, True))) - kept


def dated(answer: Any, left_out: int) -> Any:
    """``answer`` (a JSON page or a file) saying ``left_out`` (:func:`ranges_left_out`): a file in its
    ``X-Ranges-Left-Out`` header, a page already holds it."""
    if isinstance(answer, Response):
        answer.headers["X-Ranges-Left-Out"] = str(left_out)
    return answer


_STATUS_WORDS = {"已开展": "reported", "已完成": "reported", "开展": "reported", "报告": "reported",
                 "计划": "planned", "拟": "planned", "将": "planned", "计划中": "planned"}


def _activity_status(value: object) -> object:
    """An activity's status in either language: reported (已开展, 已完成) or planned (计划, 拟, 将)."""
    if isinstance(value, str):
        return _STATUS_WORDS.get(value.strip(), value.strip())
    return value


def _each(read: Callable[[object], object]) -> Callable[[object], object]:
    """A validator reading each value of a :data:`Several`-like parameter with ``read`` (the values repeated or
    listed, :func:`values_of`), before the values are checked against their closed set: ``status=reported,计划``."""
    def each(given: object) -> object:
        return [read(value) for value in values_of(given)] if isinstance(given, list) else given
    return each


# The activity statuses a filter selects, reported or planned or both, typed in English or Chinese, repeated or listed.
ActivityStatus = Annotated[list[Literal["reported", "planned"]] | None, BeforeValidator(_each(_activity_status))]

# The ``year`` query parameter of a listing: a year or a range of years (:func:`year_filter`).
YearDep = Annotated[YearFilter, Depends(year_filter)]


def _standing(value: object) -> object:
    """``inspected=`` as typed: true, false (any spelling a boolean query takes) or followed_up_only (also with hyphens)."""
    if isinstance(value, str) and value.strip().lower().replace("-", "_") == "followed_up_only":
        return "followed_up_only"
    return value


#: ``inspected=`` of /laws and /coverage: a law's standing (:func:`graph.tables.standing`), so each value means what it
#: says (a new user's round 36, finding 11): true, an inspection the store holds concerns it; followed_up_only, only a
#: follow-up of an inspection no stored report states does; false, neither (mentioned, never inspected). Several
#: select any of them (round 48: ``inspected=true,followed_up_only``).
Standing = Annotated[list[bool | Literal["followed_up_only"]] | None, BeforeValidator(_each(_standing))]
