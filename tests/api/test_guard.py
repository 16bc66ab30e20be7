"""What every request passes first (api/guard.py): the key on every data route, the Host,
the origin, and the size of the body."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.guard import OPEN_PATHS, OPEN_PREFIXES
from api.settings import Settings
from api_helpers import EMBEDDED_ONLY, SEED_REPORT
from graph import Store
from ontology import iri as iris

KEY = "k3y-" + "x" * 28
#: A request of each route that would answer with data (200) given the key.
EXAMPLES = {
    "/stats": {}, "/statistics": {"year": "2019-2020", "report_level": "county"}, "/statistics/measures": {}, "/years": {}, "/issues": {}, "/ontology": {}, "/export": {"format": "nt"},
    "/search": {"q": "法"}, "/entities/{id}/neighbors": {}, "/entities/{id}": {}, "/paths": {"from": "law/中华人民共和国湿地保护法", "to": "law/中华人民共和国湿地保护法", "mentions": "false"},
    "/laws": {"report_level": "", "law_level": "法律", "evidence_limit": "5", "mentions_limit": "0", "repealed": "false"}, "/laws/{id}": {}, "/coverage": {"year": "2019/2020", "report_level": "区县", "law_level": "NationalLaw", "repealed": "any"}, "/laws/{id}/timeline": {}, "/activities": {"issue": "生态环境", "year": "2019..2020", "report_level": "county"}, "/organs": {},
    "/deputies": {"q": "王瑛", "jurisdiction": "四川省", "kind": "执法检查"},
    "/organs/{id}/timeline": {}, "/reports": {"report_level": "县级"}, "/reports/{id}": {"limit": "5", "offset": "1"}, "/analytics/{measure}": {},
    "/sparql": {"query": "ASK {}"}, "/areas": {}, "/areas/{area}": {}, "/areas/{area}/organs": {},
}


@pytest.fixture(scope="module")
def keyed(sample_store: Store) -> Iterator[TestClient]:
    app = create_app(sample_store, Settings(api_key=KEY, allowed_hosts=["testserver"]))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def _data_routes(client: TestClient) -> list[tuple[str, str]]:
    """(method, path) of every operation the API describes, but the open paths."""
    paths = client.app.openapi()["paths"]  # type: ignore[attr-defined]
    return [(method.upper(), path) for path, operations in paths.items() for method in operations
            if path not in OPEN_PATHS and not path.startswith(OPEN_PREFIXES)]


def _request(client: TestClient, method: str, path: str, headers: dict[str, str]) -> Any:
    template = path
    url = template.replace("{id}", IDS.get(path.split("/")[1], "law/中华人民共和国湿地保护法"))
    url = url.replace("{measure}", "centrality").replace("{area}", "420117")
    if method == "POST" and path == "/sparql":
        return client.post(url, content="ASK {}", headers={**headers, "content-type": "application/sparql-query"})
    if method == "POST":
        return client.post(url, json={"query": "RETURN 1 AS n"}, headers=headers)
    return client.get(url, params=EXAMPLES.get(template, {}), headers=headers)


IDS: dict[str, str] = {}


@EMBEDDED_ONLY
def test_every_data_route_needs_the_key(keyed: TestClient) -> None:
    IDS["organs"] = quote(keyed.get("/organs", headers={"X-API-Key": KEY}).json()["items"][0]["iri"], safe="")
    IDS["reports"] = SEED_REPORT.removeprefix(iris.base())
    routes = _data_routes(keyed)
    assert len(routes) >= 20
    for method, path in routes:
        assert path in EXAMPLES or path == "/cypher", f"no example for {path}"
        for headers in ({}, {"X-API-Key": "wrong" + KEY}, {"Authorization": "Bearer " + KEY[:-1]},
                        {"Authorization": "Basic " + KEY}):
            response = _request(keyed, method, path, headers)
            assert response.status_code == 401, f"{method} {path} with {headers} answered {response.status_code}"
            assert response.headers["www-authenticate"] == "Bearer"
        for headers in ({"X-API-Key": KEY}, {"Authorization": "Bearer " + KEY}):
            response = _request(keyed, method, path, headers)
            assert response.status_code in (200, 501), f"{method} {path}: {response.status_code} {response.text[:200]}"


@EMBEDDED_ONLY
def test_health_and_the_explorer_shell_answer_without_the_key(keyed: TestClient) -> None:
    for path in ("/health", "/", "/explorer/explorer.js", "/openapi.json"):
        assert keyed.get(path).status_code == 200, path


@EMBEDDED_ONLY
@pytest.mark.parametrize("host", ["evil.example", "127.0.0.1.evil.example", "", "localhost.:80"])
def test_unknown_host_is_refused(sample_store: Store, host: str) -> None:
    with TestClient(create_app(sample_store, Settings()), base_url="http://127.0.0.1") as client:
        assert client.get("/stats").status_code == 200
        assert client.get("/stats", headers={"host": "[::1]:8000"}).status_code == 200
        response = client.get("/stats", headers={"host": host})
        assert response.status_code == 400 and "Host" in response.json()["detail"]


@EMBEDDED_ONLY
def test_cross_origin_requests_are_refused_and_get_no_cors(client: TestClient) -> None:
    sparql = {"content": "ASK {}", "headers": {"content-type": "application/sparql-query"}}
    for headers in ({"Origin": "http://evil.example"}, {"Origin": "null"}, {"Sec-Fetch-Site": "cross-site"}):
        response = client.post("/sparql", content=sparql["content"], headers={**sparql["headers"], **headers})
        assert response.status_code == 403, headers
    for headers in ({"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"},  # <img src=/sparql?…>
                    {"Sec-Fetch-Site": "same-site", "Sec-Fetch-Mode": "cors"}):
        assert client.get("/sparql", params={"query": "ASK {}"}, headers=headers).status_code == 403
    same = client.post("/sparql", content="ASK {}",
                       headers={**sparql["headers"], "Origin": "http://127.0.0.1", "Sec-Fetch-Site": "same-origin"})
    assert same.status_code == 200
    assert client.get("/", headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "navigate"}).status_code == 200
    preflight = client.options("/cypher", headers={"Origin": "http://evil.example",
                                                   "Access-Control-Request-Method": "POST"})
    assert preflight.status_code >= 400 and "access-control-allow-origin" not in preflight.headers


@EMBEDDED_ONLY
def test_bodies_are_bounded_before_they_are_read(sample_store: Store) -> None:
    app = create_app(sample_store, Settings(max_body_bytes=4096))
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        big = "ASK {} #" + "x" * 10_000
        declared = client.post("/sparql", content=big, headers={"content-type": "application/sparql-query"})
        assert declared.status_code == 413

        def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
            for _ in range(100):
                yield b"x" * 1000

        streamed = client.post("/cypher", content=chunks(), headers={"content-type": "application/json"})
        assert streamed.status_code == 413, streamed.text
        assert client.post("/sparql", content="ASK {}",
                           headers={"content-type": "application/sparql-query"}).status_code == 200
