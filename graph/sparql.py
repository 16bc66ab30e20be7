"""Every SPARQL text the embedded store sends, in one place.

IRIs reach these texts only after rdflib has validated them as URIRefs and
they are written with ``.n3()``; free text never does.
"""
from __future__ import annotations

from rdflib import URIRef

PREFIXES = """\
PREFIX okg: <https://w3id.org/oversight-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""


def report_hash(report: URIRef) -> str:
    return PREFIXES + f"SELECT ?hash WHERE {{ GRAPH {report.n3()} {{ {report.n3()} okg:contentHash ?hash }} }} LIMIT 1"


def replace_graph(report: URIRef, ntriples: str) -> str:
    """One update: drop the report's graph and write it anew (one transaction)."""
    g = report.n3()
    return f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{ntriples}\n}} }}"


LAW_ROWS = PREFIXES + """\
SELECT DISTINCT ?law ?title ?level ?activity ?evidence ?start ?end ?year ?organ ?report WHERE {
  {
    GRAPH ?report { ?r okg:mentionsLaw ?law . ?law rdfs:label ?title . OPTIONAL { ?law okg:lawLevel ?level } }
  } UNION {
    GRAPH ?report {
      ?activity a okg:LawEnforcementInspection ; okg:concernsLaw ?law ;
                okg:evidenceText ?evidence ; okg:startOffset ?start ; okg:endOffset ?end .
      ?law rdfs:label ?title .
      OPTIONAL { ?law okg:lawLevel ?level }
      OPTIONAL { ?activity okg:year ?year }
      OPTIONAL { ?activity okg:conductedBy ?o . ?o rdfs:label ?organ }
    }
  }
}"""

TYPE_COUNTS = PREFIXES + """\
SELECT ?type (COUNT(DISTINCT ?s) AS ?n) WHERE {
  GRAPH ?g { ?s a ?class }
  FILTER(STRSTARTS(STR(?class), STR(okg:)))
  BIND(STRAFTER(STR(?class), "#") AS ?type)
} GROUP BY ?type ORDER BY ?type"""
