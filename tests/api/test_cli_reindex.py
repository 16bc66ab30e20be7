"""`okg reindex` builds the search index anew: a store whose index file is lost finds again."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from api.cli import SAMPLES, app
from graph.backends.embedded import EmbeddedStore
from graph.search_fts import FILE


def test_reindex_rebuilds_a_lost_index(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert CliRunner().invoke(app, ["ingest", str(SAMPLES / "d01.txt"), "--store", str(store)]).exit_code == 0
    with EmbeddedStore(store) as db:
        before = db.find("人大常委会", limit=50)
        graphs = len(db.graph_hashes())
    assert before["total"] > 0
    (store / FILE).unlink()
    result = CliRunner().invoke(app, ["reindex", "--store", str(store)])
    assert result.exit_code == 0 and f"rebuilt from {graphs} graphs" in result.output, result.output
    with EmbeddedStore(store) as db:
        assert db.find("人大常委会", limit=50) == before
