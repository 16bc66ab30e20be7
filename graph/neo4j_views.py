"""The Neo4j queries the incrementally kept views ask (:mod:`graph.views`): the law rows of some
laws only, and the nodes each graph holds (its bookkeeping node lists them)."""
from __future__ import annotations

from graph.neo4j_layout import LAW_ROWS

# LAW_ROWS with each part starting at the given laws, found through the uri index.
_LAWS = "MATCH (law:Resource) WHERE law.uri IN $laws AND law:Law\n"
LAW_ROWS_OF = (LAW_ROWS
               .replace("MATCH (rep:Report)-[:mentionsLaw]->(law:Law)", _LAWS + "MATCH (rep:Report)-[:mentionsLaw]->(law)")
               .replace("MATCH (rep:Report)-[:mentionsDraft]->(law:Law)", _LAWS + "MATCH (rep:Report)-[:mentionsDraft]->(law)")
               .replace("MATCH (a:LawEnforcementInspection)-[:concernsLaw]->(law:Law)",
                        _LAWS + "MATCH (a:LawEnforcementInspection)-[:concernsLaw]->(law)"))
assert LAW_ROWS_OF.count("$laws") == 3, "LAW_ROWS changed shape: restrict it anew"

GRAPH_TERMS = "MATCH (m:_OkgGraph) RETURN m.uri AS g, m.nodes AS nodes"
GRAPH_TERMS_OF = "UNWIND $gs AS g MATCH (m:_OkgGraph {uri: g}) RETURN g, m.nodes AS nodes"

# A view kept in the database (Backend.keep_view): one node per name, outside the :Resource graph, as marks are.
KEPT_READ = "MATCH (k:_OkgKept {name: $name}) RETURN k.data AS data"
KEPT_WRITE = "MERGE (k:_OkgKept {name: $name}) SET k.data = $data"
