"""Files the app serves from installed packages: found on disk without importing the package."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from fastapi import HTTPException
from fastapi.responses import FileResponse


def package_dir(package: str) -> Path | None:
    """The folder of an installed package, or None when it is not installed."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(spec.submodule_search_locations[0])


def file_response(path: Path, media: str, cache: str) -> FileResponse:
    """``path`` as ``media`` in UTF-8 with a Cache-Control header; never sniffed."""
    return FileResponse(path, media_type=f"{media}; charset=utf-8",
                        headers={"Cache-Control": cache, "X-Content-Type-Options": "nosniff"})


def packaged(folder: Path | None, name: str, media_types: dict[str, str], install: str) -> FileResponse:
    """One of the files ``media_types`` lists from ``folder``: 404 for any other name,
    503 naming the package to ``install`` when the folder is missing."""
    if name not in media_types:
        raise HTTPException(404, f"no file {name}")
    if folder is None:
        raise HTTPException(503, f"a package the page needs is missing: pip install {install}")
    return file_response(folder / name, media_types[name], "max-age=86400")
