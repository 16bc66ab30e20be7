"""/docs and /redoc render in Chromium with every request to another host refused: their
scripts, styles and fonts all come from the app."""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest

from api_helpers import ARTIFACTS

pytestmark = pytest.mark.browser


@pytest.fixture()
def offline(chromium: Any, live_server: str) -> Iterator[tuple[Any, list[str], list[str]]]:
    """A page whose requests to any host but the live server are aborted (and listed)."""
    context = chromium.new_context(viewport={"width": 1300, "height": 900})
    local = urlsplit(live_server).netloc
    refused: list[str] = []
    served: list[str] = []

    def route(route: Any) -> None:
        url = route.request.url
        if urlsplit(url).netloc == local or url.startswith(("data:", "blob:")):
            served.append(url)
            route.continue_()
        else:
            refused.append(url)
            route.abort("internetdisconnected")

    context.route("**/*", route)
    tab = context.new_page()
    yield tab, refused, served
    context.close()


@pytest.mark.parametrize(("path", "rendered", "text"), [
    ("/docs", "#swagger-ui .opblock-summary-path", "/laws"),
    ("/redoc", "[data-section-id] h2", "listLaws"),
], ids=["swagger", "redoc"])
def test_docs_render_without_network(offline: tuple[Any, list[str], list[str]], live_server: str,
                                     path: str, rendered: str, text: str) -> None:
    page, refused, served = offline
    page.goto(live_server + path)
    page.wait_for_selector(rendered, timeout=20_000)
    page.wait_for_load_state("networkidle")
    assert refused == []
    assert any("/docs-assets/" in url for url in served)
    assert text in page.content()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"docs{path.replace('/', '-')}.png"))
