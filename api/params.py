"""Query parameters shared by the routes: unknown names are refused (a misspelt or unsupported
filter would otherwise be ignored and its listing silently hold everything), and a year is read as
analysts write it."""
from __future__ import annotations

import unicodedata
from typing import Annotated, Literal

from fastapi import HTTPException, Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from pydantic import BeforeValidator


def known_parameters(request: Request) -> None:
    """422 naming the route's parameters when the query string holds a name the route does not take."""
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    known = sorted(_query_names(route.dependant))
    unknown = sorted(set(request.query_params) - set(known))
    if unknown:
        takes = f"it takes {', '.join(known)}" if known else "it takes none"
        raise HTTPException(422, f"{unknown[0]}: {route.path} has no such query parameter; {takes}")


def _query_names(dependant: Dependant) -> set[str]:
    """The query parameters of a route's function and of every dependency it has."""
    names = {param.alias for param in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _calendar_year(value: object) -> object:
    """A year as analysts type it: 2023, 2023年 or full-width ２０２３ (NFKC); anything else is left
    for the integer check to refuse."""
    if isinstance(value, str):
        return unicodedata.normalize("NFKC", value).strip().removesuffix("年")
    return value


_STATUS_WORDS = {"已开展": "reported", "已完成": "reported", "开展": "reported", "报告": "reported",
                 "计划": "planned", "拟": "planned", "将": "planned", "计划中": "planned"}


def _activity_status(value: object) -> object:
    """An activity's status in either language: reported (已开展, 已完成) or planned (计划, 拟, 将)."""
    if isinstance(value, str):
        return _STATUS_WORDS.get(value.strip(), value.strip())
    return value


# An optional activity status, reported or planned, typed in English or Chinese.
ActivityStatus = Annotated[Literal["reported", "planned"] | None, BeforeValidator(_activity_status)]

# An optional calendar year as analysts type it (2023, 2023年, ２０２３); each route adds its
# Query(ge=1949, le=2100, description=...).
CalendarYear = Annotated[int | None, BeforeValidator(_calendar_year)]
