"""Every Cypher text the Neo4j store sends, in one place.

Values always travel as parameters. Labels and relationship types cannot be
parameters in Cypher, so they are built only from ontology local names that
pass :func:`name`, and written in backticks.
"""
from __future__ import annotations

import re

_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")

CONSTRAINT = "CREATE CONSTRAINT n10s_unique_uri IF NOT EXISTS FOR (r:Resource) REQUIRE r.uri IS UNIQUE"
INDEXES = (
    "CREATE INDEX okg_label IF NOT EXISTS FOR (r:Resource) ON (r.label)",
    "CREATE INDEX okg_year IF NOT EXISTS FOR (r:Resource) ON (r.year)",
)


def name(local: str) -> str:
    """A label or relationship type, checked and quoted."""
    if not _IDENTIFIER.match(local):
        raise ValueError(f"not a usable Neo4j name: {local!r}")
    return f"`{local}`"


REPORT_HASH = "MATCH (r:Resource {uri: $uri}) RETURN r.contentHash AS hash"

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
WITH nodes
UNWIND nodes AS n
WITH n WHERE size(n.graphs) = 0
DETACH DELETE n
RETURN count(n) AS deleted
"""

REPORT_EXISTS = "MATCH (r:Resource {uri: $g}) WHERE $g IN r.graphs RETURN count(r) > 0 AS present"


def merge_nodes(labels: list[str]) -> str:
    """Nodes with one label set: merged by uri, properties set, report listed."""
    label_clause = "".join(f":{name(x)}" for x in labels)
    set_labels = f"SET n{label_clause}" if labels else ""
    return f"""
UNWIND $rows AS row
MERGE (n:Resource {{uri: row.uri}})
{set_labels}
SET n += row.props,
    n.graphs = CASE WHEN $g IN coalesce(n.graphs, []) THEN n.graphs ELSE coalesce(n.graphs, []) + $g END
"""


def merge_relationships(rel_type: str) -> str:
    """Relationships of one type between existing nodes, report listed."""
    return f"""
UNWIND $rows AS row
MATCH (a:Resource {{uri: row.from}}), (b:Resource {{uri: row.to}})
MERGE (a)-[rel:{name(rel_type)}]->(b)
SET rel.graphs = CASE WHEN $g IN coalesce(rel.graphs, []) THEN rel.graphs ELSE coalesce(rel.graphs, []) + $g END
"""


LAW_ROWS = """
MATCH (rep:Report)-[:mentionsLaw]->(law:Law)
RETURN DISTINCT law.uri AS law, law.label AS title, law.lawLevel AS level,
       null AS activity, null AS evidence, null AS start, null AS end, null AS year,
       null AS organ, rep.uri AS report
UNION
MATCH (a:LawEnforcementInspection)-[:concernsLaw]->(law:Law)
OPTIONAL MATCH (a)-[:statedIn]->(rep:Report)
OPTIONAL MATCH (a)-[:conductedBy]->(o:Organ)
RETURN DISTINCT law.uri AS law, law.label AS title, law.lawLevel AS level,
       a.uri AS activity, a.evidenceText AS evidence, a.startOffset AS start, a.endOffset AS end,
       a.year AS year, o.label AS organ, rep.uri AS report
"""

COUNTS = """
CALL { MATCH (r:Report) RETURN count(r) AS reports }
CALL { MATCH ()-[rel]->() RETURN count(rel) AS relationships }
CALL { MATCH (n:Resource) RETURN count(n) AS nodes }
RETURN reports, relationships, nodes
"""

TYPE_COUNTS = """
MATCH (n:Resource) UNWIND labels(n) AS type
WITH type, count(n) AS n WHERE type <> 'Resource'
RETURN type, n ORDER BY type
"""

EXPORT_NODES = "MATCH (n:Resource) RETURN n.uri AS uri, labels(n) AS labels, properties(n) AS props"
EXPORT_RELATIONSHIPS = """
MATCH (a:Resource)-[rel]->(b:Resource)
RETURN a.uri AS from, type(rel) AS type, b.uri AS to, rel.graphs AS graphs
"""
