"""HTML documentation of the ontology (pyLODE) and of the issue taxonomy.

``build_docs(out_dir)`` writes:

* ``index.html`` – okg.ttl rendered by pyLODE's OntPub profile (classes,
  properties, labels, comments, domains, ranges, superclasses);
* ``issues.html`` – the issue scheme as one table (notation, labels,
  broader concept, keywords); pyLODE's VocPub profile does not list SKOS
  concepts yet, so this page is rendered here;
* ``okg.ttl``, ``issues.ttl``, ``shapes.ttl`` – the sources, for download.
"""

import html
import logging
import shutil
from pathlib import Path

from rdflib import Literal

from ontology import ISSUE_SCHEME, ISSUES_TTL, OKG_TTL, SHAPES_TTL, SKOS, load_ontology

__all__ = ["build_docs"]


def _ontpub():
    """Import pyLODE's OntPub without letting it reconfigure the root logger.

    Importing pylode calls ``logging.basicConfig(level=DEBUG)`` as a side
    effect, which would flood the logs of whatever process builds the docs.
    """
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        from pylode import OntPub
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
    return OntPub


def _label(graph, node, lang: str) -> str:
    for label in graph.objects(node, SKOS.prefLabel):
        if isinstance(label, Literal) and label.language == lang:
            return str(label)
    return ""


def _issues_html() -> str:
    g = load_ontology()
    esc = html.escape
    title_zh, title_en = _label(g, ISSUE_SCHEME, "zh"), _label(g, ISSUE_SCHEME, "en")
    concepts = sorted(g.subjects(SKOS.inScheme, ISSUE_SCHEME),
                      key=lambda c: (str(g.value(c, SKOS.broader) or c), str(c)))
    rows = []
    for c in concepts:
        broader = g.value(c, SKOS.broader)
        keywords = "、".join(sorted(str(a) for a in g.objects(c, SKOS.altLabel)))
        rows.append(
            f'<tr id="{esc(str(g.value(c, SKOS.notation)))}">'
            f"<td><code>{esc(str(g.value(c, SKOS.notation)))}</code></td>"
            f'<td lang="zh">{esc(_label(g, c, "zh"))}</td><td>{esc(_label(g, c, "en"))}</td>'
            f"<td>{esc(str(g.value(broader, SKOS.notation))) if broader else ''}</td>"
            f'<td lang="zh">{esc(keywords)}</td></tr>'
        )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{esc(title_en)} · {esc(title_zh)}</title>"
        "<style>body{font-family:sans-serif,'Noto Sans CJK SC','WenQuanYi Micro Hei';"
        "margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;"
        "padding:4px 8px;vertical-align:top}</style></head><body>"
        f'<h1>{esc(title_en)} · <span lang="zh">{esc(title_zh)}</span></h1>'
        f"<p>Concept scheme <code>{esc(str(ISSUE_SCHEME))}</code>; {len(concepts)} concepts. "
        "Keywords (skos:altLabel @zh) are what the extractor matches in an activity's subject.</p>"
        "<table><thead><tr><th>notation</th><th>中文</th><th>English</th><th>broader</th>"
        f"<th>keywords</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        '<p><a href="index.html">Ontology</a> · <a href="issues.ttl">issues.ttl</a></p>'
        "</body></html>\n"
    )


def build_docs(out_dir: Path) -> Path:
    """Write the HTML documentation into *out_dir* and return the path of index.html.

    Example::

        >>> from pathlib import Path; import tempfile
        >>> index = build_docs(Path(tempfile.mkdtemp()))  # doctest: +SKIP
        >>> index.name  # doctest: +SKIP
        'index.html'
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    index = out_dir / "index.html"
    _ontpub()(OKG_TTL).make_html(destination=index)
    (out_dir / "issues.html").write_text(_issues_html(), encoding="utf-8")
    for source in (OKG_TTL, ISSUES_TTL, SHAPES_TTL):
        shutil.copyfile(source, out_dir / source.name)
    return index
