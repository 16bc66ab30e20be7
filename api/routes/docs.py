"""``/docs`` (Swagger UI) and ``/redoc`` with their scripts and styles from the installed
``fastapi-offline`` wheel, so the API documentation works without internet.

A Content-Security-Policy keeps both pages on this host: ReDoc's bundle asks a CDN for a
logo, which the policy stops before any request leaves (the logo then hides itself).
"""
from __future__ import annotations

import functools
from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

from api.routes.files import package_dir, packaged

router = APIRouter(include_in_schema=False)
ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
          "redoc.standalone.js": "text/javascript", "favicon.png": "image/png"}
PREFIX = "/docs-assets/"
#: Swagger UI and ReDoc run inline start-up scripts; ReDoc's search runs in a blob: worker.
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
       "base-uri 'none'; frame-ancestors 'none'")


@functools.lru_cache(maxsize=1)
def assets_dir() -> Path | None:
    """The ``static`` folder of the installed fastapi-offline package, or None."""
    folder = package_dir("fastapi_offline")
    return folder / "static" if folder and (folder / "static").is_dir() else None


def _page(html: HTMLResponse) -> HTMLResponse:
    html.headers["Content-Security-Policy"] = CSP
    html.headers["Cache-Control"] = "no-cache"
    return html


@router.get("/docs")
def swagger(request: Request) -> HTMLResponse:
    """Swagger UI over this app's OpenAPI document."""
    app = request.app
    return _page(get_swagger_ui_html(
        openapi_url=app.openapi_url, title=f"{app.title} - Swagger UI",
        swagger_js_url=PREFIX + "swagger-ui-bundle.js", swagger_css_url=PREFIX + "swagger-ui.css",
        swagger_favicon_url=PREFIX + "favicon.png",
        swagger_ui_parameters={"validatorUrl": None}))  # no validity badge fetched from swagger.io


@router.get("/redoc")
def redoc(request: Request) -> HTMLResponse:
    """ReDoc over this app's OpenAPI document, with the system fonts (no Google Fonts)."""
    app = request.app
    return _page(get_redoc_html(
        openapi_url=app.openapi_url, title=f"{app.title} - ReDoc", redoc_js_url=PREFIX + "redoc.standalone.js",
        redoc_favicon_url=PREFIX + "favicon.png", with_google_fonts=False))


@router.get(PREFIX + "{name}")
def asset(name: str) -> FileResponse:
    """One file of the documentation pages, from the installed wheel."""
    return packaged(assets_dir(), name, ASSETS, "fastapi-offline")
