"""The explorer page at ``/``, its static files, and the graph library from the installed wheel.

vis-network comes from the ``pyvis`` wheel (``pyvis/lib/vis-9.1.2/``), found on
disk without importing pyvis; nothing is copied into this repository or fetched
from a CDN, so the page works offline.
"""
from __future__ import annotations

import functools
from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

from api.routes.files import file_response, package_dir, packaged

router = APIRouter(include_in_schema=False)
EXPLORER = Path(__file__).resolve().parent.parent / "explorer"
VENDOR = {"vis-network.min.js": "text/javascript", "vis-network.css": "text/css"}
STATIC = {"explorer.js": "text/javascript", "panels.js": "text/javascript", "areas.js": "text/javascript", "explorer.css": "text/css", "i18n.js": "text/javascript"}
#: Everything the page loads comes from this app; vis-network sets inline styles.
CSP = ("default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


@functools.lru_cache(maxsize=1)
def vendor_dir() -> Path | None:
    """The vis-network folder inside the installed pyvis package, or None."""
    folder = package_dir("pyvis")
    found = sorted(folder.glob("lib/vis-*/vis-network.min.js")) if folder else []
    return found[-1].parent if found else None


@router.get("/")
def index() -> FileResponse:
    """The explorer page."""
    response = file_response(EXPLORER / "index.html", "text/html", "no-cache")
    response.headers["Content-Security-Policy"] = CSP
    return response


@router.get("/explorer/{name}")
def static(name: str) -> FileResponse:
    """The explorer's own scripts and styles."""
    if name not in STATIC:
        raise HTTPException(404, f"no file {name}")
    return file_response(EXPLORER / name, STATIC[name], "no-cache")


@router.get("/vendor/{name}")
def vendor(name: str) -> FileResponse:
    """vis-network, served from the installed pyvis wheel."""
    return packaged(vendor_dir(), name, VENDOR, "pyvis")
