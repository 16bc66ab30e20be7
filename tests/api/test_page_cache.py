"""Pages of a shared table are serialised once per table object, never answered from an older table."""
from __future__ import annotations

import json
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from pydantic import BaseModel, TypeAdapter

from api.deps import Paging
from api.page_cache import PageCache
from api.schemas import Page
from graph.frozen import freeze


class Row(BaseModel):
    name: str
    n: int = 0


def test_a_page_is_dumped_once_per_table_and_afresh_for_a_new_table() -> None:
    adapter = TypeAdapter(Page[Row])
    cache = PageCache(adapter, size=2)
    table = freeze([{"name": f"r{i}", "n": i} for i in range(5)])
    first = cache.response(table, Paging(2, 1))
    assert json.loads(first.body) == {"total": 5, "limit": 2, "offset": 1,
                                      "items": [{"name": "r1", "n": 1}, {"name": "r2", "n": 2}]}
    assert first.body == adapter.dump_json(adapter.validate_python(Paging(2, 1).page(table)), by_alias=True)
    assert cache.response(table, Paging(2, 1)).body is first.body  # the same table: not dumped again
    changed = freeze([{"name": "new", "n": 9}, *table])  # what a write makes: a new table object
    assert json.loads(cache.response(changed, Paging(2, 1)).body)["items"][0] == {"name": "r0", "n": 0}
    assert json.loads(cache.response(table, Paging(1, 0)).body)["items"] == [{"name": "r0", "n": 0}]
    assert len(cache._pages) == 2  # the oldest page gave way


def test_a_shared_answer_is_dumped_once_and_a_new_one_afresh() -> None:
    """A kept neighbourhood: the same object is answered with the same bytes, another object (a write
    made the store walk again) is validated and dumped anew, as the response model would."""
    adapter = TypeAdapter(Page[Row])
    cache = PageCache(adapter, size=2)
    answer = freeze({"total": 1, "limit": 1, "offset": 0, "items": [{"name": "a"}]})
    first = cache.whole(answer)
    assert first.body == adapter.dump_json(adapter.validate_python(answer), by_alias=True)
    assert json.loads(first.body)["items"] == [{"name": "a", "n": 0}]  # defaults filled, as validated
    assert cache.whole(answer).body is first.body
    again = freeze({"total": 1, "limit": 1, "offset": 0, "items": [{"name": "b"}]})
    assert json.loads(cache.whole(again).body)["items"] == [{"name": "b", "n": 0}]


@pytest.mark.parametrize("askers", [2, 4])
def test_askers_of_one_missing_page_at_once_wait_for_one_dump(askers: int) -> None:
    """Concurrent requests of a page not yet dumped (the first page of the laws table after a write) take the one
    dump's bytes: the page is shaped once, not once per asker."""
    cache = PageCache(TypeAdapter(Page[Row]), size=2)
    table = freeze([{"name": f"r{i}", "n": i} for i in range(3)])
    shaped: list[str] = []
    started, release = threading.Event(), threading.Event()

    def shape(row: Any) -> dict[str, Any]:
        shaped.append(row["name"])
        started.set()
        release.wait(10)  # the others ask while this page is shaped
        return dict(row)

    with ThreadPoolExecutor(askers) as pool:
        first = pool.submit(cache.response, table, Paging(1, 0), shape)
        assert started.wait(10)
        others = [pool.submit(cache.response, table, Paging(1, 0), shape) for _ in range(askers - 1)]
        time.sleep(0.3)  # time for the others to ask: dumping themselves, they would shape the row again
        release.set()
        bodies = [first.result(10).body, *(f.result(10).body for f in others)]
    assert shaped == ["r0"] and all(body is bodies[0] for body in bodies)
    assert json.loads(bodies[0])["items"] == [{"name": "r0", "n": 0}]
