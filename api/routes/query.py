"""Read-only SPARQL (per the SPARQL 1.1 protocol) and Cypher, for what the routes do not cover."""
from __future__ import annotations

import json
from typing import Annotated, Any
from urllib.parse import parse_qsl

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import ValidationError
from fastapi.responses import Response
from starlette.concurrency import run_in_threadpool

from api import sparql_protocol as protocol
from api.deps import QuerySlot, Settings, SettingsDep, StoreDep, query_limits, require_method
from api.params import known_parameters
from api.schemas import ERRORS, CypherQuery, CypherRows, Error
from api.tabular import XLSX, to_csv, to_xlsx
from graph import QueryError, QueryTimeout, Store, StoreError
from graph.backends import SparqlDataset
from graph.query_limits import take
from graph.sparql import service_endpoints

router = APIRouter(tags=["query"], dependencies=[QuerySlot],
                   responses={**ERRORS, 400: ERRORS[422] | {"description": "Query refused"}})
SPARQL_EXAMPLE = ("PREFIX okg: <https://w3id.org/oversight-kg/ontology#>\n"
                  "SELECT ?law (COUNT(?a) AS ?n) WHERE { ?a a okg:LawEnforcementInspection ; "
                  "okg:concernsLaw ?law } GROUP BY ?law ORDER BY DESC(?n)")
SPARQL_BODY = {"requestBody": {"content": {
    "application/sparql-query": {"schema": {"type": "string"}, "example": SPARQL_EXAMPLE},
    "application/x-www-form-urlencoded": {"schema": {
        "type": "object", "properties": {"query": {"type": "string"}}, "required": ["query"]}}}}}
#: The answer of a query past its time limit (:func:`timed_out`), in the OpenAPI of /sparql and /cypher alike.
TIMED_OUT = {504: {"model": Error, "description": "The query stopped at its time limit (OKG_QUERY_TIMEOUT, "
                   "OKG_NEO4J_TIMEOUT): narrow it or raise the limit; a busy server's queue answers 503 with "
                   "Retry-After instead"}}
RESULTS = {200: {"content": {media: {} for media in (*protocol.TABLE_TYPES, *protocol.GRAPH_TYPES)},
                 "description": "SELECT/ASK results (JSON, XML, CSV, TSV) or a CONSTRUCT/DESCRIBE graph "
                                "(Turtle, N-Triples, JSON-LD, RDF/XML), as Accept asks"},
           406: {"description": "Accept allows no format offered for this query form"}, **TIMED_OUT}


#: ``format=`` of /sparql (:func:`api.sparql_protocol.prepare`).
FORMAT = ("A hint at the answer's content type, as SPARQL endpoints commonly take it, when Accept names no format "
          "offered (a browser's */*): for SELECT and ASK json, xml, tsv, csv (for a spreadsheet: UTF-8 with a BOM, no "
          "cell a formula, as every listing's CSV; Accept: text/csv gives the same bytes; programs wanting each cell "
          "as the results hold it read tsv or json) or xlsx; for CONSTRUCT and DESCRIBE turtle (ttl), n-triples (nt), json-ld (jsonld) or rdf/xml; or "
          "a media type; any case, the first that names one chooses (SPARQLWrapper sends tsv then "
          "text/tab-separated-values). An Accept naming a format offered decides; 406 when the hint names none the "
          "query's answer has.")


def _run_sparql(store: Store, settings: Settings, query: str, request: Request,
                format: list[str], dataset: SparqlDataset | None = None) -> Response:  # noqa: A002
    require_method(store, "sparql")
    if not query.strip() or len(query) > settings.max_query_chars:
        raise HTTPException(422, f"query: 1 to {settings.max_query_chars} characters of SPARQL are required")
    refused = [e for e in service_endpoints(query) if e not in settings.sparql_service_allow]
    if refused:
        raise HTTPException(400, f"SERVICE {refused[0]} is refused: queries may not call other endpoints "
                                 "unless OKG_SPARQL_SERVICE_ALLOW names them")
    prepared = protocol.prepare(query, request.headers.get("accept"), format)
    try:
        result = store.sparql(prepared.text, query_limits(settings), dataset)
    except QueryTimeout as exc:
        raise timed_out(exc) from exc
    except StoreError as exc:
        raise HTTPException(400, prepared.explain(str(exc))) from exc
    body, media_type = prepared.respond(result)
    headers = {"Vary": "Accept"}
    if prepared.spreadsheet:
        headers["Content-Disposition"] = f'attachment; filename="oversight-kg-sparql.{prepared.spreadsheet}"'
    if "truncated" in result:
        headers["OKG-Truncated"] = result["truncated"]
    return Response(body, media_type=media_type, headers=headers)


def timed_out(exc: QueryTimeout) -> HTTPException:
    """504 and the one line saying which limit stopped the query and the setting that raises it
    (``OKG_QUERY_TIMEOUT``, ``OKG_NEO4J_TIMEOUT``): a time limit met is no fault of the query's text, unlike a syntax
    error's 400 (a new user's round 39, finding 15), and no busy server either, whose 503 with ``Retry-After`` a full
    queue answers (newuser36 B3, round 51: both were 503 with ``Retry-After``, so a client backing off retried a query
    bound to meet the limit again). Fuseki and GraphDB answer a timeout 503, Virtuoso 500 (or a partial 200 in its
    anytime mode); 504 is the deadline-exceeded status of HTTP APIs (google.rpc.Code DEADLINE_EXCEEDED), which retry
    policies still treat as transient, and the query runs in a process apart (or on Neo4j), upstream of the API."""
    return HTTPException(504, str(exc))


@router.get("/sparql", operation_id="sparqlGet", response_class=Response, responses=RESULTS)
def sparql_get(request: Request, store: StoreDep, settings: SettingsDep,
               query: Annotated[str, Query(examples=[SPARQL_EXAMPLE])],
               format: Annotated[list[str] | None, Query(description=FORMAT)] = None,  # noqa: A002
               ) -> Response:
    """A read-only SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE); updates are refused.
    ``default-graph-uri`` and ``named-graph-uri`` name the dataset it runs on (a report's graph as the default graph:
    :func:`api.sparql_protocol.dataset`). The answer's format follows ``Accept`` (or ``format``: a file for a spreadsheet); okg, rdf, rdfs, xsd, skos,
    prov, org, eli, dcterms and foaf need no PREFIX line."""
    protocol.check_parameters(request.query_params.multi_items())
    return _run_sparql(store, settings, query, request, format or [], protocol.dataset(request.query_params.multi_items()))


@router.post("/sparql", operation_id="sparqlPost", response_class=Response, responses=RESULTS,
             openapi_extra=SPARQL_BODY)
async def sparql_post(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """The same, with the query in the body (``application/sparql-query`` or a form field ``query``)."""
    body = await request.body()  # the guard has bounded it (OKG_MAX_BODY_BYTES)
    kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPException(422, "query: the body is not UTF-8") from exc
    fields = [*request.query_params.multi_items()]
    if kind == "application/sparql-query":
        query = text
    elif kind == "application/x-www-form-urlencoded":
        form = parse_qsl(text, keep_blank_values=True)
        fields += form
        query = next((value for name, value in form if name == "query"), "")
    else:
        raise HTTPException(415, "send application/sparql-query or a form with a query field")
    protocol.check_parameters(fields)
    format = [value for name, value in fields if name == "format"]  # noqa: A001 - as GET names it
    return await run_in_threadpool(_run_sparql, store, settings, query, request, format, protocol.dataset(fields))


#: The answers /cypher gives by ``format`` (json, or csv and xlsx: a file for a spreadsheet) or ``Accept``.
CYPHER_TYPES = ("application/json", "text/csv", XLSX)
CYPHER_FORMATS = ("json", "csv", "xlsx")
CYPHER_FORMAT = ("json (the default), csv or xlsx: a file for a spreadsheet (CSV in UTF-8 with a BOM and no cell a "
                 "formula), as every listing's and /sparql's; Accept: text/csv gives the same bytes as format=csv, on "
                 "every route. A list cell is its items joined by '; ' in every file, a map as JSON. An Accept naming "
                 "a format decides; 406 when neither it nor format names one offered.")


def cypher_answer(accept: str | None, format: str | None) -> str:  # noqa: A002 - the parameter's name
    """How /cypher answers: ``json``, ``csv`` or ``xlsx``, as /sparql reads ``Accept`` and ``format``
    (:mod:`api.sparql_protocol`): an ``Accept`` naming a type offered decides, else ``format``; 406 naming what is
    offered otherwise (a first-time analyst's round 44, finding 11: ``format=csv`` and ``Accept: text/csv`` were
    answered JSON, saved as ``x.csv``). ``Accept: text/csv`` is ``format=csv``, the same bytes, a BOM first, as on
    every listing (newuser31 B12: it was CSV without a BOM, which Excel reads as mojibake)."""
    if protocol.names_offered(accept, list(CYPHER_TYPES)):
        chosen = protocol.negotiate(accept, list(CYPHER_TYPES))
        return "csv" if chosen == "text/csv" else "xlsx" if chosen == XLSX else "json"
    if format is not None:
        if format.strip().lower() not in CYPHER_FORMATS:
            raise HTTPException(406, f"format: /cypher answers {', '.join(CYPHER_FORMATS[:-1])} or {CYPHER_FORMATS[-1]}, "
                                     f"not {format[:40]!r}")
        return format.strip().lower()
    return "json" if protocol.negotiate(accept, list(CYPHER_TYPES)) == "application/json" else "csv"


CYPHER_RESPONSES = {200: {"content": {"text/csv": {}, XLSX: {}}},
                    406: {"description": "Accept or format names no answer offered (JSON, CSV, XLSX)"}, **TIMED_OUT}
CYPHER_EXAMPLE = "MATCH (l:Law) RETURN l.rdfs__label AS law LIMIT 5"


@router.post("/cypher", operation_id="cypher", response_model=CypherRows, dependencies=[Depends(known_parameters)],
             responses=CYPHER_RESPONSES)
def cypher(request: Request, body: CypherQuery, store: StoreDep, settings: SettingsDep,
           format: Annotated[str | None, Query(max_length=40, description=CYPHER_FORMAT)] = None,  # noqa: A002
           ) -> Any:
    """A read-only Cypher query on the Neo4j store, in a read transaction with a time limit; its rows as JSON, or
    as CSV or XLSX by ``format`` or ``Accept``; nodes, relationships and paths as JSON objects
    (:func:`graph.cypher.plain`).

    A query that is refused or fails for what it asks answers 400 with one sentence saying what,
    why and what to do: a write, LOAD CSV, a procedure but the read ones (db.labels,
    db.relationshipTypes, db.propertyKeys, db.schema.*), an administration or schema command,
    EXPLAIN or PROFILE, a syntax error (with its line and column, as /sparql gives them), an error as
    it runs or the memory ceiling. 504 at the time limit; 503 when Neo4j itself fails or cannot be
    reached."""
    return _run_cypher(request, body, store, settings, format)


@router.get("/cypher", operation_id="cypherGet", response_model=CypherRows, dependencies=[Depends(known_parameters)],
            responses=CYPHER_RESPONSES)
def cypher_get(request: Request, store: StoreDep, settings: SettingsDep,
               query: Annotated[str | None, Query(max_length=100_000, description="The Cypher query, read-only as a "
                                                  "POSTed one (URL-encoded: curl -G --data-urlencode query=…)",
                                                  examples=[CYPHER_EXAMPLE])] = None,
               parameters: Annotated[str | None, Query(max_length=100_000, description="The query's parameters as a "
                                                       "JSON object, as POST's body holds them",
                                                       examples=['{"title": "中华人民共和国湿地保护法"}'])] = None,
               format: Annotated[str | None, Query(max_length=40, description=CYPHER_FORMAT)] = None,  # noqa: A002
               ) -> Any:
    """The same query by GET with ``query=``, as /sparql takes it (newuser31 B12: ``curl -G … -o x.xlsx`` saved a 405's
    JSON under an .xlsx name): read-only as POST is, the same answers and refusals; 501 on a store without Cypher
    whatever is asked; 422 for no ``query`` or ``parameters`` that are no JSON object."""
    require_method(store, "cypher")
    if query is None or not query.strip():
        raise HTTPException(422, "query: the Cypher query is required: GET /cypher?query=MATCH… (URL-encoded), or "
                                 'POST it as JSON: {"query": "MATCH (l:Law) RETURN count(l)", "parameters": {}}')
    try:
        given = json.loads(parameters) if parameters else {}
    except ValueError as exc:
        raise HTTPException(422, f"parameters: not JSON ({exc.msg} at character {exc.pos}); give an object, "
                                 '{"title": "…"}') from exc
    if not isinstance(given, dict):
        raise HTTPException(422, 'parameters: give a JSON object, {"title": "…"}')
    try:
        body = CypherQuery(query=query, parameters=given)
    except ValidationError as exc:
        raise HTTPException(422, "; ".join(f"{'.'.join(map(str, e['loc'])) or 'query'}: {e['msg']}"
                                           for e in exc.errors())) from exc
    return _run_cypher(request, body, store, settings, format)


def _run_cypher(request: Request, body: CypherQuery, store: Store, settings: Settings, format: str | None) -> Any:  # noqa: A002
    """Run a /cypher query as GET or POST asked it, and answer it as :func:`cypher_answer` chooses."""
    require_method(store, "cypher")
    answer = cypher_answer(request.headers.get("accept"), format)
    if len(body.query) > settings.max_query_chars:
        raise HTTPException(422, f"query: at most {settings.max_query_chars} characters")
    try:
        rows, cut = take(store.cypher(body.query, body.parameters, query_limits(settings)), query_limits(settings))
    except QueryTimeout as exc:
        raise timed_out(exc) from exc
    except QueryError as exc:
        raise HTTPException(400, str(exc)) from exc
    if answer == "json":
        return {"rows": rows, "truncated": cut}
    headers = {"Vary": "Accept", **({"OKG-Truncated": cut} if cut else {})}
    # a query answering no row still has the columns it declares (the driver's keys), as /sparql's variables
    declared = tuple(store.cypher_columns(body.query, body.parameters)) if not rows else ()
    headers["Content-Disposition"] = f'attachment; filename="oversight-kg-cypher.{answer}"'
    if answer == "xlsx":
        return Response(to_xlsx(rows, "cypher", declared), media_type=XLSX, headers=headers)
    return Response(to_csv(rows, declared), media_type="text/csv; charset=utf-8", headers=headers)
