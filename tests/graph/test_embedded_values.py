"""The embedded store's literal values equal rdflib's reading of them (``graph.terms.plain``), also where it reads
an integer's lexical form itself instead of building an rdflib Literal (round 47)."""
from __future__ import annotations

import logging

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from graph.backends.embedded import _python
from graph.terms import plain

FORMS = ["0", "12", "-3", "+5", "007", "-0", "99999999999999999999", "1_0", " 4", "4 ", "x", "", "١٢", "1.0", "1e3"]


@pytest.mark.parametrize("datatype", [XSD.integer, XSD.int, XSD.long, XSD.nonNegativeInteger, XSD.decimal])
@pytest.mark.parametrize("form", FORMS)
def test_a_typed_literal_reads_as_rdflib_reads_it(form: str, datatype: URIRef, caplog: pytest.LogCaptureFixture) -> None:
    term = ox.Literal(form, datatype=ox.NamedNode(str(datatype)))
    with caplog.at_level(logging.CRITICAL, logger="rdflib"):  # an ill-typed form: rdflib logs, then keeps its text
        expected = plain(Literal(form, datatype=datatype))
    found = _python(term)
    assert (found, type(found)) == (expected, type(expected))
