"""Every Cypher text the Neo4j store sends, in one place.

Values always travel as parameters. Labels and relationship types cannot be
parameters before Neo4j 5.26, so on older servers they are built only from
ontology local names that pass :func:`name`, and written in backticks;
functions take the server's capabilities as arguments.
"""
from __future__ import annotations

import re
from typing import Any

from graph.n10s import ALSO

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

# What search and the views filter on.
SERVER_VERSION = "CALL dbms.components() YIELD versions RETURN versions[0] AS version"


def name(local: str) -> str:
    """A label or relationship type, checked and quoted."""
    if not _IDENTIFIER.match(local):
        raise ValueError(f"not a usable Neo4j name: {local!r}")
    return f"`{local}`"



# A report's facts are those of the nodes whose `graphs` is [its IRI] and what its
# `_OkgStated` records state about shared ones (graph.neo4j_layout); shared entities (laws,
# organs) survive while another report mentions them.

# Each row names the reports that state it in row.gs, so one statement writes several reports.

def describe(cls: str | None, by_iri: bool) -> str:
    """The prefix table (rows whose ``iri`` is null: the names below are read with it, in the same
    round trip), then per node its types, properties and outgoing relationships. Properties leave out
    ``$skip``; unless ``$locals`` is null, only those named one of them bare or after a prefix
    (``label``: ``rdfs__label``) or holding a functional one's further values (:data:`graph.n10s.ALSO`),
    which the caller narrows to the exact names once it has the table; relationships likewise, as the embedded
    store's keys take a relationship's predicate too (round 48: ``graph.law_mentions`` reads the mentions' targets
    alone, and a Neo4j store gave none)."""
    match = f"MATCH (n:{name(cls)})" if cls else "MATCH (n:Resource)"
    where = "WHERE n.uri IN $iris" if by_iri else ""
    rels = ("[(n)-[r]->(m) WHERE $locals IS NULL OR any(l IN $locals WHERE type(r) = l OR type(r) ENDS WITH '__' + l)"
            " | [type(r), m.uri]]")
    return f"""
MATCH (p:_NsPrefDef) RETURN null AS iri, properties(p) AS table, [] AS types, [] AS props, [] AS rels
UNION ALL
{match} {where}
RETURN n.uri AS iri, null AS table, [l IN labels(n) WHERE l <> 'Resource'] AS types,
       [k IN keys(n) WHERE NOT k IN $skip
        AND ($locals IS NULL OR any(l IN $locals WHERE k = l OR k ENDS WITH '__' + l OR k = '{ALSO}' + l))
        | [k, n[k]]] AS props,
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


# --- what a user's /cypher query may do, and the one sentence that says why not ---
# Every refusal says what was refused, why, and what to do, in the shape of /sparql's errors
# (``syntax error at line L, column C: …``), lines and columns counted in the query as sent.

#: Read procedures a user's query may CALL; every other procedure is refused.
READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys", "db.schema.visualization",
    "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
})
#: Plan operators (by prefix) that administer the server, and the plan operator of LOAD CSV.
_ADMIN_OPERATORS = ("Show", "Terminate", "AdministrationCommand", "SystemProcedureCall")
_LOAD_CSV = "LoadCSV"
_ALLOWED = ", ".join(sorted(READ_PROCEDURES))
WRITE_REFUSED = ("writes are refused: /cypher runs read queries only and this one would create, change or "
                 "delete data; add or replace reports with okg ingest")
LOAD_CSV_REFUSED = "LOAD CSV is refused: /cypher reads the graph, never files or URLs; load reports with okg ingest"
SCHEMA_REFUSED = ("schema and administration commands are refused: /cypher runs read queries only; okg keeps the "
                  "indexes and constraints it needs, and the server's administrator changes others in cypher-shell")
PLAN_REFUSED = ("EXPLAIN and PROFILE are refused: /cypher answers with a query's rows, not its plan; "
                "send the query without them")
#: Clauses Neo4j may list as expected after a syntax error that /cypher refuses anyway: left out of the hint.
_REFUSED_CLAUSES = frozenset({
    "ALTER", "CREATE", "DEALLOCATE", "DELETE", "DENY", "DETACH", "DROP", "DRYRUN", "ENABLE SERVER", "FOREACH",
    "GRANT", "INSERT", "LOAD CSV", "MERGE", "NODETACH", "REALLOCATE", "REMOVE", "RENAME", "REVOKE", "SET", "SHOW",
    "START DATABASE", "STOP DATABASE", "TERMINATE", "USING PERIODIC COMMIT",
})
#: A query that asks for its plan: EXPLAIN or PROFILE first, after white space and comments.
_PLAN_ASKED = re.compile(r"^(?:\s|//[^\n]*(?:\n|$)|/\*.*?\*/)*(?:EXPLAIN|PROFILE)\b", re.I | re.S)


def text_refusal(query: str) -> str | None:
    """Why ``query`` is refused before Neo4j reads it (it asks for its plan), or None."""
    return PLAN_REFUSED if _PLAN_ASKED.match(query) else None


def plan_refusal(query_type: str, plan: dict[str, Any]) -> str | None:
    """Why a user's query may not run, judged by its EXPLAIN plan, or None when it only reads
    the graph: no operator may load files or URLs (LOAD CSV), call a procedure outside
    :data:`READ_PROCEDURES` or administer the server (SHOW …, TERMINATE …, system commands), and
    the planner must call it a read (``r``; ``s`` is a schema or administration command, ``w`` and
    ``rw`` write)."""
    for operator, details in _operators(plan):
        name, _, database = operator.partition("@")
        if name.startswith(_LOAD_CSV):
            return LOAD_CSV_REFUSED
        if name == "ProcedureCall" and (procedure := details.split("(")[0].strip()) not in READ_PROCEDURES:
            return procedure_refusal(procedure)
        if database == "system" or name.startswith(_ADMIN_OPERATORS):
            command = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).upper() if name.startswith(("Show", "Terminate")) \
                else "administration commands"
            return (f"{command} {'are' if command.endswith('commands') else 'is'} refused: /cypher reads the graph "
                    "and does not administer the server; run administration commands in cypher-shell as the "
                    "server's administrator")
    if query_type == "s":
        return SCHEMA_REFUSED
    return None if query_type == "r" else WRITE_REFUSED


def procedure_refusal(procedure: str, unknown: bool = False) -> str:
    """The refusal of a CALL to ``procedure`` (``unknown``: the server has no such procedure)."""
    why = "the server has no such procedure and " if unknown else ""
    return (f"procedure {procedure} is refused: {why}/cypher calls only the read procedures {_ALLOWED}; "
            "read the graph with MATCH … RETURN")


#: What the store puts before a user's query to read its plan without running it.
EXPLAIN = "EXPLAIN "
_POSITION = re.compile(r"\s*\(line (\d+), column (\d+) \(offset: (\d+)\)\)")
_INVALID_INPUT = re.compile(r"^Invalid input (.*?): expected (.*)$", re.S)
_UNKNOWN_PROCEDURE = re.compile(r"no procedure with the name `([^`]+)`")
#: Most tokens a syntax error lists as expected, as /sparql lists them.
_MOST_EXPECTED = 12


def user_error(code: str | None, message: str, explained: bool = True) -> str:
    r"""Neo4j's error about a user's query as one sentence about the query as the user wrote it:
    a syntax error in /sparql's shape with the line and column (the server counts the
    :data:`EXPLAIN` prefix when ``explained``), the clauses it expected that /cypher would run,
    an unknown procedure as a refused one, anything else as Neo4j's first sentence with what to do.

    >>> user_error("Neo.ClientError.Statement.SyntaxError", "Invalid input 'MATC': expected 'MATCH' or 'CREATE' (line 1, column 9 (offset: 8))\n\"EXPLAIN MATC\"\n         ^")
    "not a Cypher read query: syntax error at line 1, column 1: invalid input 'MATC', expected MATCH"
    """
    first = message.strip().splitlines()[0] if message.strip() else "the query was refused"
    if code == "Neo.ClientError.Procedure.ProcedureNotFound" and (unknown := _UNKNOWN_PROCEDURE.search(first)):
        return procedure_refusal(unknown.group(1), unknown=True)
    where, found = "", _POSITION.search(first)
    if found:
        line, column = int(found[1]), int(found[2])
        column -= len(EXPLAIN) if explained and line == 1 else 0
        where = f" at line {line}, column {column}" if line >= 1 else ""
        first = first[:found.start()] + first[found.end():]
    invalid = _INVALID_INPUT.match(first.strip())
    if invalid:
        tokens = [t.strip() for t in re.split(r", | or ", invalid[2])]
        tokens = [t[1:-1] if len(t) > 2 and t[0] == t[-1] == "'" and t[1].isalpha() else t for t in tokens]
        offered = [t for t in tokens if t not in _REFUSED_CLAUSES]
        listed = ", ".join(offered[:_MOST_EXPECTED]) + (", …" if len(offered) > _MOST_EXPECTED else "")
        expected = f", expected {'one of ' if len(offered) > 1 else ''}{listed}" if offered else ""
        found = "the query ends" if invalid[1] == "''" else f"invalid input {invalid[1]}"
        return f"not a Cypher read query: syntax error{where}: {found}{expected}"
    sentence = re.split(r"(?<=[^.])\.(?:\s|$)", first.strip(), maxsplit=1)[0].rstrip(".")
    hint = 'give each $name a value in "parameters"' if code == "Neo.ClientError.Statement.ParameterMissing" \
        else "correct the query and send it again"
    return f"Neo4j cannot run the query{where}: {sentence}; {hint}"


def is_users(code: str | None) -> bool:
    """Whether a Neo4j error of ``code`` is about the user's query (a client error, or the query
    needing more memory than the server grants it) rather than the server failing."""
    return bool(code) and (code.startswith("Neo.ClientError.")  # type: ignore[union-attr]
                           or code.endswith("MemoryPoolOutOfMemoryError"))  # type: ignore[union-attr]


def _operators(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """Every operator of an EXPLAIN plan with its details, depth first."""
    found = [(str(plan.get("operatorType", "")), str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        found += _operators(child)
    return found
