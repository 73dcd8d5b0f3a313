"""Open the database, upgrade it, seed the demo station on first start."""
from __future__ import annotations

import logging
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
