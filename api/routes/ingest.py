"""``POST /ingest``: reports ``okg ingest`` hands to the server holding the store (:mod:`api.handoff`)."""
from __future__ import annotations

import hmac
import threading
from dataclasses import asdict
from typing import Annotated

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field

from api.deps import StoreDep
from api.handoff import HEADER
from api.schemas import ERRORS

router = APIRouter(tags=["reports"], responses=ERRORS)
#: One handoff writes at a time, as one ``okg ingest`` would (a second waits for the first).
_ONE_WRITER = threading.Lock()


class Handed(BaseModel):
    """The reports to ingest: ``[path or URL, name]`` pairs as :func:`api.ingest.scan` found them (absolute paths of
    this machine), and the ingest's options."""

    sources: list[tuple[str, str]] = Field(max_length=1_000_000)
    force: bool = False
    validate_: bool = Field(False, alias="validate")


@router.post("/ingest", operation_id="ingestHanded", include_in_schema=False)
def ingest_handed(handed: Handed, request: Request, store: StoreDep,
                  token: Annotated[str, Header(alias=HEADER)] = "") -> dict[str, list[dict[str, object]]]:
    """Ingest the reports ``okg ingest`` handed over, as it would (:func:`api.ingest.ingest`), the store marked as
    written meanwhile (:meth:`graph.store.Store.writing`); 403 without the token the server wrote in the store's marks
    (only a server of an embedded store started by ``okg serve`` or ``okg demo`` takes any), and the law views kept
    with the store brought up to date before the mark is lifted (:meth:`graph.store.Store.keeping_views`: a reader
    opening the store beside the server found them stale and built them, round 50). Results in order."""
    from api.ingest import Found, ingest

    expected: str | None = getattr(request.app.state, "ingest_token", None)
    if not expected or not hmac.compare_digest(token.encode(), expected.encode()):
        raise HTTPException(403, "this route takes reports from okg ingest on the machine holding the store only")
    limits = request.app.state.settings.report_limits()
    with _ONE_WRITER, store.writing(), store.keeping_views():  # kept current, as okg ingest keeps them: a reader
        # beside the server (okg ask, okg export) reads them back instead of building them (newuser35 B6: 33 s)
        results = ingest([Found(source, name) for source, name in handed.sources], store, handed.validate_,
                         limits=limits, force=handed.force)
    return {"results": [asdict(result) for result in results]}
