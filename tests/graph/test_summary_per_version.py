"""``Store.summary`` (``/stats``, ``okg stats``) is read from the store once per version and shared until the next
write (round 43, issue 14 §4: the triple and class counts and every activity's status were read per request)."""
from __future__ import annotations

from typing import Any

import pytest

from graph import Store
from loaders import ReportGraph


def _reads(db: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the store-wide reads ``summary`` makes, appended as it makes them."""
    made: list[str] = []
    for name in ("counts", "activity_statuses"):
        read = getattr(db, name)

        def counted(*args: Any, _read: Any = read, _name: str = name, **kwargs: Any) -> Any:
            made.append(_name)
            return _read(*args, **kwargs)

        monkeypatch.setattr(db, name, counted)
    return made


def test_the_summary_is_read_once_per_version_and_again_after_a_write(store: Store, corpus: list[ReportGraph],
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    first, second = corpus[0], corpus[1]
    store.upsert_report(first.iri, first.graph, first.content_hash)
    made = _reads(store, monkeypatch)
    before = store.summary()
    assert sorted(made) == ["activity_statuses", "counts"]
    assert [store.summary() for _ in range(3)] == [before] * 3 and len(made) == 2  # no read until the store changes
    with pytest.raises(TypeError):
        store.summary()["reports"] = 0  # shared: no caller changes what the next one reads
    store.upsert_report(second.iri, second.graph, second.content_hash)
    after = store.summary()
    assert len(made) == 4 and after["reports"] == before["reports"] + 1 and after["triples"] > before["triples"]
    store.delete_report(second.iri)
    assert store.summary() == before
