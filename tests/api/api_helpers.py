"""Helpers the API tests share (a module of its own: ``conftest`` is not importable by name)."""
from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi.testclient import TestClient

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
WETLAND = "https://w3id.org/oversight-kg/id/law/中华人民共和国湿地保护法"


def path_id(iri: str) -> str:
    """An IRI as a path segment: every reserved character encoded."""
    return quote(iri, safe="")


class Api:
    """GET helpers that check the status and return the JSON body."""

    def __init__(self, client: TestClient) -> None:
        self.client = client

    def get(self, path: str, status: int = 200, **params: Any) -> Any:
        response = self.client.get(path, params=params or None)
        assert response.status_code == status, (path, response.status_code, response.text[:500])
        body = response.json()
        if status >= 400:
            assert isinstance(body["detail"], str) and body["detail"], body
        return body
