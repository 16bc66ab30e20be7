"""Each listing's OpenAPI schema is the shared model of graph.shapes, not a copy of it."""
from __future__ import annotations

from typing import Any

import pytest
from pydantic import BaseModel
from pydantic.json_schema import models_json_schema

from api.app import create_app
from api.settings import Settings
from graph import shapes
from graph.backends.embedded import EmbeddedStore

# operationId → (the model of one item, whether the answer is a page of them)
LISTINGS: dict[str, tuple[type[BaseModel], bool]] = {
    "listLaws": (shapes.Law, True), "listActivities": (shapes.Activity, True),
    "lawTimeline": (shapes.Activity, True), "organTimeline": (shapes.Activity, True),
    "listOrgans": (shapes.Organ, True), "listReports": (shapes.ReportSummary, True),
    "listStatistics": (shapes.Statistic, True), "search": (shapes.Hit, True), "paths": (shapes.Path, True),
    "coverage": (shapes.CoverageLaw, True), "listAreas": (shapes.AreaCounts, True), "areaOrgans": (shapes.AreaOrgan, True),
    "neighbors": (shapes.Subgraph, False), "getEntity": (shapes.Entity, False), "getArea": (shapes.Area, False),
}


@pytest.fixture(scope="module")
def openapi(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    store = EmbeddedStore(tmp_path_factory.mktemp("empty"))
    try:
        return create_app(store, Settings(allowed_hosts=["testserver"])).openapi()
    finally:
        store.close()


def _answer(openapi: dict[str, Any], operation: str) -> dict[str, Any]:
    for methods in openapi["paths"].values():
        for op in methods.values():
            if op.get("operationId") == operation:
                return op["responses"]["200"]["content"]["application/json"]["schema"]
    raise AssertionError(f"no operation {operation}")


def _typed(schema: Any) -> Any:
    """A JSON schema without defaults and required lists, which FastAPI writes for its output
    schemas in its own way: the fields and their types are what the two must share."""
    if isinstance(schema, dict):
        return {k: _typed(v) for k, v in schema.items() if k not in ("default", "required")}
    if isinstance(schema, list):
        return [_typed(v) for v in schema]
    return schema


def _component(openapi: dict[str, Any], ref: str) -> dict[str, Any]:
    return openapi["components"]["schemas"][ref.removeprefix("#/components/schemas/")]


@pytest.mark.parametrize("operation", sorted(LISTINGS))
def test_a_listing_serves_the_shared_model(openapi: dict[str, Any], operation: str) -> None:
    model, paged = LISTINGS[operation]
    schema = _component(openapi, _answer(openapi, operation)["$ref"])
    item = schema["properties"]["items"]["items"]["$ref"] if paged else _answer(openapi, operation)["$ref"]
    assert item == f"#/components/schemas/{model.__name__}"
    _, defs = models_json_schema([(model, "serialization")], ref_template="#/components/schemas/{model}")
    for name, expected in defs["$defs"].items():  # the model and every model it holds, as graph.shapes says
        assert _typed(openapi["components"]["schemas"][name]) == _typed(expected), name


def test_the_api_defines_no_listing_shape_of_its_own() -> None:
    from api import schemas

    for name in ("Law", "Activity", "Organ", "ReportSummary", "Statistic", "Node", "Path", "Subgraph", "Entity"):
        assert getattr(schemas, name) is getattr(shapes, name)
    assert issubclass(schemas.Report, shapes.ReportText)
