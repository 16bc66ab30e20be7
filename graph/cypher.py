"""Every Cypher text the Neo4j store sends, in one place.

Values always travel as parameters. Labels and relationship types cannot be
parameters before Neo4j 5.26, so on older servers they are built only from
ontology local names that pass :func:`name`, and written in backticks;
functions take the server's capabilities as arguments.
"""
from __future__ import annotations

import re
from typing import Any

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# What search and the views filter on.
SERVER_VERSION = "CALL dbms.components() YIELD versions RETURN versions[0] AS version"


def name(local: str) -> str:
    """A label or relationship type, checked and quoted."""
    if not _IDENTIFIER.match(local):
        raise ValueError(f"not a usable Neo4j name: {local!r}")
    return f"`{local}`"



# A report's facts are the nodes and relationships whose `graphs` list holds its
# IRI; shared entities (laws, organs) survive while another report lists them.

# Each row names the reports that state it in row.gs, so one statement writes several reports.

def describe(cls: str | None, by_iri: bool, with_rels: bool) -> str:
    """The prefix table (rows whose ``iri`` is null: the names below are read with it, in the same
    round trip), then per node its types, properties and outgoing relationships. Properties leave out
    ``$skip``; unless ``$locals`` is null, only those named one of them bare or after a prefix
    (``label``: ``rdfs__label``), which the caller narrows to the exact names once it has the table."""
    match = f"MATCH (n:{name(cls)})" if cls else "MATCH (n:Resource)"
    where = "WHERE n.uri IN $iris" if by_iri else ""
    rels = "[(n)-[r]->(m) | [type(r), m.uri]]" if with_rels else "[]"
    return f"""
MATCH (p:_NsPrefDef) RETURN null AS iri, properties(p) AS table, [] AS types, [] AS props, [] AS rels
UNION ALL
{match} {where}
RETURN n.uri AS iri, null AS table, [l IN labels(n) WHERE l <> 'Resource'] AS types,
       [k IN keys(n) WHERE NOT k IN $skip
        AND ($locals IS NULL OR k IN $locals OR any(l IN $locals WHERE k ENDS WITH '__' + l)) | [k, n[k]]] AS props,
       {rels} AS rels
"""


EDGES_AROUND = """
MATCH (n:Resource) WHERE n.uri IN $iris
MATCH (n)-[r]-()
RETURN DISTINCT startNode(r).uri AS s, type(r) AS t, endNode(r).uri AS o
"""
#: $n's first $first neighbours by IRI (itself aside), as ``near``.
_NEAR = """CALL (n) {
  MATCH (n)--(m) WHERE m <> n
  WITH DISTINCT m ORDER BY m.uri LIMIT $first
  RETURN collect(m) AS near
}"""
#: EDGES_AROUND's rows of one node, at most $most of them, as ``found``: a hub costs $most rows, not its degree.
_BOUNDED = """
  MATCH (m)-[r]-()
  WITH DISTINCT startNode(r).uri AS s, type(r) AS t, endNode(r).uri AS o
  LIMIT $most
  RETURN collect({s: s, t: t, o: o}) AS found
}"""
#: Per node, at most $most of its relationships.
BOUNDED_EDGES = "MATCH (m:Resource) WHERE m.uri IN $iris\nCALL (m) {" + _BOUNDED + "\nRETURN m.uri AS n, found"
#: The relationships of $iri (EDGES_AROUND's rows) to its first $first neighbours by IRI, or to itself.
FIRST_NEIGHBOUR_EDGES = f"""
MATCH (n:Resource {{uri: $iri}})
{_NEAR}
UNWIND near + [n] AS m
MATCH (n)-[r]-(m)
RETURN DISTINCT startNode(r).uri AS s, type(r) AS t, endNode(r).uri AS o
"""
ALL_EDGES = "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri AS s, type(r) AS t, b.uri AS o"
#: A walk's first two levels as one stream: the row of $iri with FIRST_NEIGHBOUR_EDGES' rows, then a row
#: per neighbour, in IRI order, with BOUNDED_EDGES' rows (none for one in $skip). Rows are made as the
#: client pulls them, so a client that stops early leaves the rest unread.
WALK_EDGES = f"""
MATCH (n:Resource {{uri: $iri}})
{_NEAR}
CALL (n, near) {{
  UNWIND near + [n] AS m
  MATCH (n)-[r]-(m)
  WITH DISTINCT startNode(r).uri AS s, type(r) AS t, endNode(r).uri AS o
  RETURN collect({{s: s, t: t, o: o}}) AS root
}}
UNWIND [n] + near AS m
CALL (n, m) {{
  WITH m WHERE m <> n AND NOT m.uri IN $skip{_BOUNDED}
RETURN m.uri AS n, CASE WHEN m = n THEN root ELSE found END AS found
"""


# --- what a user's /cypher query may do ---

#: Read procedures a user's query may CALL; every other procedure is refused.
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
    "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
})
#: Plan operators (by prefix) that administer the server or reach outside the graph.
_REFUSED_OPERATORS = ("Show", "Terminate", "AdministrationCommand", "SystemProcedureCall", "LoadCSV")


def plan_refusal(query_type: str, plan: dict[str, Any]) -> str | None:
    """Why a user's query may not run, judged by its EXPLAIN plan, or None when it only reads
    the graph: the planner must call it a read (``r``), and no operator may administer the
    server (SHOW …, TERMINATE …, system commands), load files or URLs (LOAD CSV), or call a
    procedure outside :data:`READ_PROCEDURES`."""
    if query_type != "r":
        return f"only read queries are allowed; this one is of type {query_type!r}"
    for operator, details in _operators(plan):
        name, _, database = operator.partition("@")
        if database == "system" or name.startswith(_REFUSED_OPERATORS):
            return f"{name} is refused: /cypher reads the graph and does not administer the server"
        if name == "ProcedureCall" and details.split("(")[0].strip() not in READ_PROCEDURES:
            return (f"procedure {details.split('(')[0].strip()} is refused; allowed: "
                    f"{', '.join(sorted(READ_PROCEDURES))}")
    return None


#: What the store puts before a user's query to read its plan without running it.
EXPLAIN = "EXPLAIN "
_POSITION = re.compile(r"\(line (\d+), column (\d+) \(offset: (\d+)\)\)")


def user_error(message: str) -> str:
    r"""Neo4j's error on ``EXPLAIN <query>`` as one line about the user's own query: its first line,
    with line, column and offset counted in the query as the user wrote it (the server counts
    the :data:`EXPLAIN` prefix, and echoes the line with a caret under it, both dropped here).

    >>> user_error('Invalid input \'MATC\': expected \'MATCH\' (line 1, column 9 (offset: 8))\n"EXPLAIN MATC"\n         ^')
    "Invalid input 'MATC': expected 'MATCH' (line 1, column 1 (offset: 0))"
    """
    def shifted(match: re.Match[str]) -> str:
        line, column, offset = (int(g) for g in match.groups())
        column -= len(EXPLAIN) if line == 1 else 0
        return f"(line {line}, column {column} (offset: {offset - len(EXPLAIN)}))"

    first = message.strip().splitlines()[0] if message.strip() else "the query was refused"
    return _POSITION.sub(shifted, first)


def _operators(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """Every operator of an EXPLAIN plan with its details, depth first."""
    found = [(str(plan.get("operatorType", "")), str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        found += _operators(child)
    return found
