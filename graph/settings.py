"""The stores' settings, one class read from the environment (pydantic-settings).

The variables are the README's (Configuration): ``OKG_STORE``, ``NEO4J_URI``, ``NEO4J_USER``,
``NEO4J_PASSWORD``, ``NEO4J_DATABASE``, ``OKG_NEO4J_TIMEOUT``, ``OKG_NEO4J_RETRY_TIME``,
``OKG_QUERY_TIMEOUT``, ``OKG_NEO4J_HOME``, and the platform's ``XDG_DATA_HOME``,
``XDG_CACHE_HOME`` and ``JAVA_HOME``. An empty variable counts as unset. Read when a store
is opened, not at import, so a changed environment is seen.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

S = TypeVar("S", bound=BaseSettings)


def read(settings: type[S], variable: Callable[[str], str] = str) -> S:
    """``settings`` from the environment; one :class:`ValueError` naming each bad variable
    (``variable`` turns a field's location into the variable's name)."""
    try:
        return settings()
    except ValidationError as exc:
        raise ValueError("; ".join(f"{variable('_'.join(map(str, e['loc'])))}: {e['msg']}"
                                   for e in exc.errors())) from None


class GraphSettings(BaseSettings):
    """Where the stores are and how long their queries may run. Times in seconds."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", env_ignore_empty=True)

    store: Path | None = Field(None, validation_alias="OKG_STORE")
    neo4j_uri: str | None = Field(None, validation_alias="NEO4J_URI")
    neo4j_user: str = Field("neo4j", validation_alias="NEO4J_USER")
    neo4j_password: str | None = Field(None, validation_alias="NEO4J_PASSWORD", repr=False)
    neo4j_database: str | None = Field(None, validation_alias="NEO4J_DATABASE")
    neo4j_timeout: float = Field(30.0, ge=0, validation_alias="OKG_NEO4J_TIMEOUT")
    neo4j_retry_time: float = Field(15.0, ge=0, validation_alias="OKG_NEO4J_RETRY_TIME")
    query_timeout: float = Field(30.0, ge=0, validation_alias="OKG_QUERY_TIMEOUT")
    neo4j_home: Path | None = Field(None, validation_alias="OKG_NEO4J_HOME")
    xdg_data_home: Path | None = Field(None, validation_alias="XDG_DATA_HOME")
    xdg_cache_home: Path | None = Field(None, validation_alias="XDG_CACHE_HOME")
    java_home: Path | None = Field(None, validation_alias="JAVA_HOME")

    @classmethod
    def from_env(cls) -> GraphSettings:
        """The settings now in the environment; :class:`StoreError` naming each bad variable."""
        try:
            return read(cls)
        except ValueError as exc:
            from graph.backends import StoreError  # rdflib loads only when the settings are bad

            raise StoreError(str(exc)) from None

    def data_home(self) -> Path:
        """$XDG_DATA_HOME, else ~/.local/share."""
        return self.xdg_data_home or Path.home() / ".local" / "share"

    def store_path(self) -> Path:
        """Where the embedded store lives unless --store says otherwise."""
        return self.store or self.data_home() / "oversight-kg" / "store"
