"""Ids as clients paste them back. A report IRI reads as its URL's host and path
(``…/report/www.example.gov.cn/rdgz/a.html``) or as its text's hash (``…/report/sha256/…``);
a path or query parameter arrives decoded, so what it escapes (``%3F`` for ``?``) comes back
bare, and an IRI of the earlier form (``…/report/http:%2F%2Fexample.org%2Fa.html``) may be
pasted from an old export: each means the report minted today."""
from __future__ import annotations

from urllib.parse import unquote

from ontology import iri as iris


def canonical(iri: str) -> str:
    """The minted IRI of a report, however it was pasted; any other IRI unchanged.

    >>> canonical(iris.base() + "report/http:%2F%2Fexample.org%2Fa.jsp?id=3").removeprefix(iris.base())
    'report/example.org/a.jsp%3Fid=3'
    >>> canonical(iris.base() + "report/example.org/a.jsp?id=3").removeprefix(iris.base())
    'report/example.org/a.jsp%3Fid=3'
    >>> canonical(iris.base() + "report/WWW.Example.org/A.html").removeprefix(iris.base())
    'report/www.example.org/A.html'
    """
    prefix = iris.base() + "report/"
    if not iri.startswith(prefix):
        return iri
    rest = iri[len(prefix):]
    if rest.lower().startswith(("http:", "https:")):
        return str(iris.report_for_url(unquote(rest)))
    host, slash, path = rest.partition("/")
    return str(iris.report_path(host.lower() + slash + path))  # a host is minted lower-cased (WWW.Example.GOV.cn)


def report(iri: str) -> str:
    """A report's IRI from its IRI or from the URL it was read from (``https://www.example.gov.cn/a.html``,
    its ``url:`` header), which :func:`ontology.iri.report_for_url` names it by.

    >>> report("https://WWW.example.gov.cn/a.html").removeprefix(iris.base())
    'report/www.example.gov.cn/a.html'
    """
    if iri.startswith(iris.base()) or not iri.lower().startswith(("http://", "https://")):
        return iri
    return str(iris.report_for_url(iri))


def report_id(value: str) -> str | None:
    """The report IRI ``value`` names as ``/reports/{id}`` reads it: a full IRI, a short form (``report/…``)
    or the URL the report was read from; None when it has none of those shapes (a file's path).

    >>> report_id("report/example.org/a.html").removeprefix(iris.base())
    'report/example.org/a.html'
    >>> report_id("reports/2023.txt") is None
    True

    A whole id percent-encoded, as a URL's query or path carries it (``https%3A%2F%2F…``, pasted from a browser's
    address bar into ``okg delete``), is read decoded:

    >>> report_id("https%3A%2F%2Fexample.org%2Fa.html") == report_id("https://example.org/a.html")
    True
    """
    value = value.strip()
    if value.lower().startswith(("http%3a", "https%3a")):
        value = unquote(value)
    if value.lower().startswith(("http://", "https://")):
        return canonical(report(value))
    if value.startswith("report/"):
        return canonical(iris.base() + value)
    return None
