"""What a test needs and cannot find: a skip on a developer's machine, a failure under CI."""
from __future__ import annotations

import os
from pathlib import Path
from typing import NoReturn

import pytest

#: The workspace's shared files beside the project (the shared scorer, the W3C conformance suites).
SHARED = Path(__file__).resolve().parents[2] / "shared"


def unavailable(reason: str) -> NoReturn:
    """Under CI (``CI=true``) a missing Neo4j, browser or shared file is a failure, never a silent skip."""
    if os.environ.get("CI") == "true":
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


def require(path: Path) -> None:
    """Go on only when ``path`` exists (:func:`unavailable` otherwise)."""
    if not path.exists():
        unavailable(f"{path} is missing (the workspace's shared files beside the project)")
