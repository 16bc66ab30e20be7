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

CONSTRAINT = "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE"
# What search and the views filter on.
INDEXES = (
    "CREATE INDEX okg_label IF NOT EXISTS FOR (r:Resource) ON (r.label)",
    "CREATE TEXT INDEX okg_label_text IF NOT EXISTS FOR (r:Resource) ON (r.label)",
    "CREATE INDEX okg_year IF NOT EXISTS FOR (r:Resource) ON (r.year)",
    "CREATE INDEX okg_covers_year IF NOT EXISTS FOR (r:Resource) ON (r.coversYear)",
    "CREATE INDEX okg_law_level IF NOT EXISTS FOR (r:Resource) ON (r.lawLevel)",
    "CREATE INDEX okg_law_category IF NOT EXISTS FOR (r:Resource) ON (r.lawCategory)",
    "CREATE INDEX okg_measure IF NOT EXISTS FOR (r:Resource) ON (r.measure)",
    "CREATE INDEX okg_content_hash IF NOT EXISTS FOR (r:Resource) ON (r.contentHash)",
)
GRAPH_HASHES = """
MATCH (r:Resource) WHERE r.contentHash IS NOT NULL
RETURN r.uri AS g, r.contentHash AS hash ORDER BY g
"""
SERVER_VERSION = "CALL dbms.components() YIELD versions RETURN versions[0] AS version"


def name(local: str) -> str:
    """A label or relationship type, checked and quoted."""
    if not _IDENTIFIER.match(local):
        raise ValueError(f"not a usable Neo4j name: {local!r}")
    return f"`{local}`"


PRESENT_GRAPHS = """
UNWIND $gs AS g
MATCH (r:Resource {uri: g}) WHERE g IN r.graphs
RETURN collect(g) AS present
"""
REPORT_HASHES = """
UNWIND $uris AS uri
MATCH (r:Resource {uri: uri}) WHERE uri IN r.graphs
RETURN uri, r.contentHash AS hash
"""

# A report's facts are the nodes and relationships whose `graphs` list holds its
# IRI; shared entities (laws, organs) survive while another report lists them.
DROP_REPORT = """
MATCH (n:Resource) WHERE $g IN n.graphs
OPTIONAL MATCH (n)-[rel]-() WHERE $g IN rel.graphs
WITH collect(DISTINCT n) AS nodes, collect(DISTINCT rel) AS rels
FOREACH (rel IN rels | SET rel.graphs = [x IN rel.graphs WHERE x <> $g])
FOREACH (n IN nodes | SET n.graphs = [x IN n.graphs WHERE x <> $g])
WITH nodes, rels
FOREACH (rel IN [r IN rels WHERE size(r.graphs) = 0] | DELETE rel)
FOREACH (n IN [x IN nodes WHERE size(x.graphs) = 0] | DETACH DELETE n)
RETURN size(nodes) AS touched
"""

# Each row names the reports that state it in row.gs, so one statement writes several reports.
_LIST_GRAPH = "{0}.graphs = coalesce({0}.graphs, []) + [x IN row.gs WHERE NOT x IN coalesce({0}.graphs, [])]"


def merge_nodes(labels: list[str] | None) -> str:
    """Nodes merged by uri, properties set, report listed. ``labels=None`` means the
    server takes each row's labels dynamically (Neo4j ≥ 5.26): one query for all nodes."""
    if labels is None:
        set_labels = "SET n:$(row.labels)"
    else:
        set_labels = f"SET n{''.join(f':{name(x)}' for x in labels)}" if labels else ""
    return f"""
UNWIND $rows AS row
MERGE (n:Resource {{uri: row.uri}})
{set_labels}
SET n += row.props, {_LIST_GRAPH.format('n')}
"""


def merge_relationships(rel_types: list[str]) -> str:
    """Relationships between existing nodes, report listed; one statement for rows of any of
    ``rel_types`` (a MERGE with a static type per type: far faster than a dynamic type)."""
    merges = "\n".join(
        f"FOREACH (_ IN CASE WHEN row.type = '{kind[1:-1]}' THEN [1] ELSE [] END |\n"
        f"  MERGE (a)-[rel:{kind}]->(b) SET {_LIST_GRAPH.format('rel')})"
        for kind in map(name, sorted(set(rel_types))))
    return f"""
UNWIND $rows AS row
MATCH (a:Resource {{uri: row.from}}), (b:Resource {{uri: row.to}})
{merges}
"""


LAW_ROWS = """
MATCH (rep:Report)-[:mentionsLaw]->(law:Law)
RETURN DISTINCT law.uri AS law, law.label AS title, law.lawLevel AS level,
       null AS activity, null AS evidence, null AS start, null AS end, null AS year,
       null AS organ, null AS organ_iri, rep.uri AS report
UNION
MATCH (a:LawEnforcementInspection)-[:concernsLaw]->(law:Law)
WHERE a.evidenceText IS NOT NULL AND a.startOffset IS NOT NULL AND a.endOffset IS NOT NULL
OPTIONAL MATCH (a)-[:statedIn]->(rep:Resource)
OPTIONAL MATCH (a)-[:conductedBy]->(o:Resource) WHERE o.label IS NOT NULL
RETURN DISTINCT law.uri AS law, law.label AS title, law.lawLevel AS level,
       a.uri AS activity, a.evidenceText AS evidence, a.startOffset AS start, a.endOffset AS end,
       a.year AS year, o.label AS organ, o.uri AS organ_iri, rep.uri AS report
"""


def describe(cls: str | None, by_iri: bool, with_rels: bool) -> str:
    """Types, properties (minus ``$skip``, limited to ``$keys`` unless null) and outgoing relationships."""
    match = f"MATCH (n:{name(cls)})" if cls else "MATCH (n:Resource)"
    where = "WHERE n.uri IN $iris" if by_iri else ""
    rels = "[(n)-[r]->(m) | [type(r), m.uri]]" if with_rels else "[]"
    return f"""
{match} {where}
RETURN n.uri AS iri, [l IN labels(n) WHERE l <> 'Resource'] AS types,
       [k IN keys(n) WHERE NOT k IN $skip AND ($keys IS NULL OR k IN $keys) | [k, n[k]]] AS props,
       {rels} AS rels
"""


EDGES_AROUND = """
MATCH (n:Resource) WHERE n.uri IN $iris
MATCH (n)-[r]-()
RETURN DISTINCT startNode(r).uri AS s, type(r) AS t, endNode(r).uri AS o
"""
ALL_EDGES = "MATCH (a:Resource)-[r]->(b:Resource) RETURN a.uri AS s, type(r) AS t, b.uri AS o"


def search(typed: bool) -> str:
    """Labels containing ``$q`` (lower-cased); a label may be one string or a list."""
    type_filter = "AND any(t IN labels(n) WHERE t IN $types)" if typed else ""
    return f"""
MATCH (n:Resource) WHERE n.label IS NOT NULL {type_filter}
UNWIND (CASE WHEN n.label IS :: LIST<ANY> THEN n.label ELSE [n.label] END) AS value
WITH n, toString(value) AS label WHERE toLower(label) CONTAINS $q
RETURN DISTINCT n.uri AS iri, label ORDER BY size(label), label, iri LIMIT $limit
"""


COUNTS = """
CALL () { MATCH (r:Report) RETURN count(r) AS reports }
CALL () { MATCH ()-[rel]->() RETURN count(rel) AS relationships }
CALL () { MATCH (n:Resource) RETURN count(n) AS nodes }
RETURN reports, relationships, nodes
"""

TYPE_COUNTS = """
MATCH (n:Resource) UNWIND labels(n) AS type
WITH type, count(n) AS n WHERE type <> 'Resource'
RETURN type, n ORDER BY type
"""

GRAPH_NODES = "MATCH (n:Resource) WHERE size(coalesce(n.graphs, [])) > 0 RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props"
GRAPH_RELATIONSHIPS = """
MATCH (a:Resource)-[rel]->(b:Resource) WHERE size(coalesce(rel.graphs, [])) > 0
RETURN a.uri AS s, type(rel) AS t, b.uri AS o, rel.graphs AS graphs
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


def _operators(plan: dict[str, Any]) -> list[tuple[str, str]]:
    """Every operator of an EXPLAIN plan with its details, depth first."""
    found = [(str(plan.get("operatorType", "")), str(plan.get("args", {}).get("Details", "")))]
    for child in plan.get("children", []):
        found += _operators(child)
    return found
