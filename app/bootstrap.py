"""Open the database, upgrade it, seed the demo station on first start."""
from __future__ import annotations

import logging
import os
from pathlib import Path

from . import db as dbmod
from .services import station
from .services.context import ServiceContext

log = logging.getLogger(__name__)


def open_station(url: str | None = None, *, data_dir: Path | None = None,
                 seed_demo: bool = True) -> tuple[dbmod.Database, ServiceContext]:
    database = dbmod.connect(dbmod.resolve_url(url, data_dir))
    ctx = ServiceContext.for_database(database)
    if seed_demo and not station.has_station(ctx):
        log.info("empty database: seeding the demo station")
        from .services import demo

        demo.seed(ctx)
    return database, ctx


def explicit_url(cli_url: str | None = None) -> str | None:
    """The database chosen for this run (--database, else $ONE_WINDOW_DATABASE_URL), which beats the
    one this computer's desk settings name; None when neither is given."""
    return cli_url or os.environ.get(dbmod.ENV_URL) or None


def default_url(data_dir: Path | None = None) -> str:
    """The local SQLite database in the user data folder, used when nothing else is named."""
    from .services.setup import sqlite_url

    return sqlite_url(data_dir or dbmod.default_data_dir())
