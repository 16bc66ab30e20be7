"""The API's settings, one class read from ``OKG_*`` environment variables (pydantic-settings).

Every field is documented in the README's Configuration table; a bad value stops the
server at start-up with a message naming the variable.
"""
from __future__ import annotations

from typing import Annotated

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from api.report_worker import ReportLimits
from graph.query_limits import QueryLimits
from graph.settings import read

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1")
MiB = 1024 * 1024


def _names(value: object) -> object:
    """A comma-separated environment value as a list; lists pass through."""
    if isinstance(value, str):
        return [part.strip() for part in value.split(",") if part.strip()]
    return value


#: The largest ``OKG_MAX_LIMIT``, and the bound a paged ``limit`` declares: the page size the server was started with
#: (:attr:`Settings.max_limit`) is the range a refusal of such a ``limit`` names (``api.app``; a new user's round 48,
#: B8: ``limit=0`` named 1–100000, then ``limit=100000`` "at most 1000 items per page").
LIMIT_CEILING = 100_000


class Settings(BaseSettings):
    """Limits and switches of the API and of ingest. Sizes in bytes, times in seconds."""

    model_config = SettingsConfigDict(env_prefix="OKG_", frozen=True, extra="ignore")

    #: When set, every route but /health and the explorer's static shell needs it.
    api_key: SecretStr | None = Field(default=None, min_length=16)
    max_limit: int = Field(default=1000, ge=1, le=LIMIT_CEILING)
    max_depth: int = Field(default=3, ge=1, le=6)
    max_hops: int = Field(default=6, ge=1, le=10)
    max_query_chars: int = Field(default=20_000, ge=100, le=1_000_000)
    #: Request bodies larger than this are refused (413) before they are read.
    max_body_bytes: int = Field(default=1 * MiB, ge=1024)
    #: Rows a /sparql or /cypher answer holds; beyond, it is truncated and says so.
    max_rows: int = Field(default=QueryLimits.rows, ge=1)
    #: Bytes of a /sparql, /cypher or /export answer; /sparql and /cypher truncate, /export refuses (413).
    max_result_bytes: int = Field(default=QueryLimits.bytes, ge=1024)
    #: Memory a SPARQL query process may take.
    query_memory_bytes: int = Field(default=QueryLimits.memory, ge=64 * MiB)
    #: Queries (/sparql, /cypher, /export, analytics) running at once; more wait in a queue (:attr:`query_queue`).
    query_workers: int = Field(default=4, ge=1, le=64)
    #: Queries that wait for a worker when all are busy; one more gets 503 + Retry-After at once (round 49).
    query_queue: int = Field(default=32, ge=0, le=10_000)
    #: Seconds a query waits in the queue for a worker; past it, 503 + Retry-After.
    query_wait: float = Field(default=30.0, gt=0, le=600)
    #: SPARQL SERVICE endpoints a query may call; empty: SERVICE is refused.
    sparql_service_allow: Annotated[list[str], NoDecode] = Field(default_factory=list)
    #: Host names the server answers to (the Host header); --host adds its own.
    allowed_hosts: Annotated[list[str], NoDecode] = Field(default_factory=lambda: list(LOOPBACK_NAMES))
    #: Seconds one report may take to read and extract at ingest.
    report_time_limit: float = Field(default=ReportLimits.time, gt=0)
    #: Memory the process reading and extracting one report may take.
    report_memory_bytes: int = Field(default=ReportLimits.memory, ge=128 * MiB)

    _split = field_validator("sparql_service_allow", "allowed_hosts", mode="before")(_names)

    @classmethod
    def from_env(cls) -> Settings:
        """The settings from the environment; :class:`ValueError` naming each bad variable."""
        return read(cls, lambda field: f"OKG_{field.upper()}")

    def report_limits(self) -> ReportLimits:
        """What one report may take at ingest."""
        return ReportLimits(time=self.report_time_limit, memory=self.report_memory_bytes)

    def key(self) -> str | None:
        """The API key in clear, or None."""
        return self.api_key.get_secret_value() if self.api_key else None
