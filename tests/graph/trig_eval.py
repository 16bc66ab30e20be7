"""The W3C TriG evaluation tests as one import: every test's graphs renamed apart.

Each test's expected graphs (its N-Quads result, non-empty graphs only) get
IRIs of their own, ``urn:x-trig-eval:<test>:<graph>``: the default graph
``default``, an IRI-named graph ``iri:<percent-encoded IRI>``, blank-node-named
graphs ``bnode:<n>`` in the order of their canonical content. The action
TriG is parsed and renamed the same way, so what goes into a store and what
must come out can be compared graph by graph.
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, BNode, Dataset, Graph, Namespace, URIRef
from rdflib.compare import isomorphic, to_canonical_graph

from graph.transfer import parse

SUITE = Path(__file__).resolve().parents[3] / "shared" / "conformance" / "rdf11-trig-eval"
BASE = "https://w3c.github.io/rdf-tests/rdf/rdf11/rdf-trig/"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
RDFT = Namespace("http://www.w3.org/ns/rdftest#")


def eval_tests(suite: Path = SUITE) -> list[tuple[str, Path, Path]]:
    """``(name, action .trig, result .nq)`` of every rdft:TestTrigEval in the manifest."""
    manifest = Graph().parse(suite / "manifest.ttl", format="turtle", publicID=BASE + "manifest.ttl")
    return sorted((str(test).rsplit("#", 1)[1], suite / str(manifest.value(test, MF.action)).rsplit("/", 1)[1],
                   suite / str(manifest.value(test, MF.result)).rsplit("/", 1)[1])
                  for test in manifest.subjects(RDF.type, RDFT.TestTrigEval))


def _canonical_digest(graph: Graph) -> str:
    return hashlib.sha256("\n".join(sorted(to_canonical_graph(graph).serialize(format="nt").splitlines()))
                          .encode("utf-8")).hexdigest()


def renamed(test: str, path: Path, fmt: str) -> dict[URIRef, Graph]:
    """The file's non-empty graphs, renamed apart as the module says."""
    out: dict[URIRef, Graph] = {}
    blank = []
    for name, graph in parse(path.read_bytes(), fmt, BASE + path.name).items():
        if name is None:
            out[URIRef(f"urn:x-trig-eval:{test}:default")] = graph
        elif isinstance(name, BNode):
            blank.append(graph)
        else:
            out[URIRef(f"urn:x-trig-eval:{test}:iri:{quote(str(name), safe='')}")] = graph
    for n, graph in enumerate(sorted(blank, key=_canonical_digest)):
        out[URIRef(f"urn:x-trig-eval:{test}:bnode:{n}")] = graph
    return out


def suite_input(suite: Path = SUITE) -> tuple[str, dict[URIRef, Graph]]:
    """The N-Quads to import (every action, renamed) and the graphs that must come back."""
    data, expected = Dataset(), {}
    for test, action, result in eval_tests(suite):
        for name, graph in renamed(test, action, "trig").items():
            target = data.graph(name)
            for triple in graph:  # blank node labels of letters and digits, which every parser takes
                target.add(tuple(BNode(hashlib.sha1(f"{test} {t}".encode()).hexdigest()) if isinstance(t, BNode)
                                 else t for t in triple))
        expected.update(renamed(test, result, "nq"))
    return data.serialize(format="nquads"), expected


def compare(exported_nquads: str, expected: dict[URIRef, Graph]) -> list[str]:
    """The names of the expected graphs that did not come back isomorphic."""
    got = parse(exported_nquads, "nq")
    failed = []
    for name, graph in sorted(expected.items()):
        if not isomorphic(graph, got.get(name, Graph())):
            failed.append(str(name))
    return failed
