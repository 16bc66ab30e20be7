"""Heavy requests past ``OKG_QUERY_WORKERS`` wait in a bounded queue (round 49, newuser34 B6: twelve parallel SPARQL
requests with four workers, eight answered 503): a notebook's handful of parallel queries is answered whole; a flood
past the queue is refused at once, and a request that waited ``OKG_QUERY_WAIT`` seconds is refused then, each with
``Retry-After``. On ``okg serve`` as a user runs it (the embedded store: the queue is the server's, not the store's)."""
from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

import httpx

from api_helpers import okg_serve
from shared_stores import SharedStore
from test_query_bounds import HEAVY, SPARQL

#: A query of a fixed amount of work (half a million rows of a cross product counted), a fraction of a second: twelve at once
#: overlap on any machine, so four workers cannot run them all together.
MEASURED = "SELECT (COUNT(*) AS ?n) WHERE { { SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 500000 } }"


def _parallel(url: str, query: str, count: int) -> list[tuple[httpx.Response, float]]:
    """``count`` requests of ``query`` sent at once: each answer and the seconds it took."""
    def send(client: httpx.Client) -> tuple[httpx.Response, float]:
        began = time.monotonic()
        answer = client.post("/sparql", content=query, headers=SPARQL)
        return answer, time.monotonic() - began

    with httpx.Client(base_url=url, timeout=120, limits=httpx.Limits(max_connections=count + 5)) as client, \
            ThreadPoolExecutor(count) as pool:
        return list(pool.map(lambda _: send(client), range(count)))


def test_twelve_parallel_queries_with_four_workers_are_all_answered(shared_samples: SharedStore) -> None:
    with okg_serve(shared_samples.copy_path(), OKG_QUERY_WORKERS="4") as (_, url):
        answers = _parallel(url, MEASURED, 12)
    codes = [answer.status_code for answer, _ in answers]
    assert codes == [200] * 12, [answer.text for answer, _ in answers if answer.status_code != 200]
    assert len({answer.json()["results"]["bindings"][0]["n"]["value"] for answer, _ in answers}) == 1


def test_a_flood_past_the_queue_is_refused_at_once_and_a_long_wait_after_its_limit(shared_samples: SharedStore) -> None:
    """Four workers each held by a query until its time limit (4 s), two places in the queue waiting at most 1 s:
    of 20 requests at once, 14 are refused at once (the queue is full), 2 after their second of waiting."""
    env = {"OKG_QUERY_WORKERS": "4", "OKG_QUERY_QUEUE": "2", "OKG_QUERY_WAIT": "1", "OKG_QUERY_TIMEOUT": "4"}
    with okg_serve(shared_samples.copy_path(), **env) as (_, url):
        answers = _parallel(url, HEAVY, 20)
    full = [(a, took) for a, took in answers if a.status_code == 503 and "OKG_QUERY_QUEUE" in a.json()["detail"]]
    waited = [(a, took) for a, took in answers if a.status_code == 503 and "OKG_QUERY_WAIT" in a.json()["detail"]]
    ran = [a for a, _ in answers if a.status_code == 200 or "time limit" in a.text]
    assert (len(full), len(waited), len(ran)) == (14, 2, 4), [(a.status_code, a.text) for a, _ in answers]
    assert all(a.headers["retry-after"] for a, _ in full + waited)
    assert max(took for _, took in full) < 3  # refused at once: long before any worker is free (4 s)
    assert all(0.9 < took < 3.9 for _, took in waited)  # after their wait, before a worker was free
