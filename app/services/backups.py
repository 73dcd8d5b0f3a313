"""Backups and restore for the desk, the command line and the daily job, each one audited.

From the application they are an administrator's work (Perm.MANAGE_ACCOUNTS); given a
Database instead of a ServiceContext they run as the machine's operator (the command
line, a scheduled task), who already holds the file. The copying itself is app.storage.
"""
from __future__ import annotations

import getpass
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import select
from sqlalchemy.engine import Engine

from app import db as dbmod
from app.models import Staff, Station
from app.storage import backup as store
from app.storage.backup import BackupInfo, RestoreInfo

from . import errors
from .audit_trail import record
from .context import ServiceContext
from .errors import ValidationError
from .permissions import Perm
from .uow import writing

errors.register(store.MESSAGES)

__all__ = ["BackupInfo", "RestoreInfo", "backup", "restore", "run_daily", "check_backup"]


@contextmanager
def _refusals() -> Iterator[None]:
    try:
        yield
    except store.BackupError as err:
        raise ValidationError(err.key, **err.params) from err


def _resolve(ctx_or_database, perm: Perm | None) -> tuple[ServiceContext, Engine]:
    if isinstance(ctx_or_database, ServiceContext):
        ctx = ctx_or_database
        if perm is not None:
            ctx.require(perm)
    else:
        ctx = ServiceContext.for_database(ctx_or_database)
    return ctx, ctx.read_sessions.kw["bind"]


def _operator() -> str:
    try:
        return f"cli:{getpass.getuser()}"[:64]
    except Exception:  # no user name in the environment (a service account)
        return "cli"


def _audit(ctx: ServiceContext, action: str, operation: str, target: str, detail: str) -> None:
    with writing(ctx, audited=False) as s:
        actor = ctx.actor
        username = ""
        # After a restore the signed-in account or its station may not exist in the restored data.
        if actor is not None and (s.get(Staff, actor.staff_id) is None or s.get(Station, actor.station_id) is None):
            username, actor = actor.name, None
        station_id = actor.station_id if actor else s.scalar(select(Station.id).order_by(Station.id).limit(1))
        record(s, actor, ctx.now(), action, operation=operation, target=target, detail=detail,
               station_id=station_id, username=username or ("" if actor else _operator()))


def _detail(info: BackupInfo) -> str:
    return f"{info.path} · {info.bytes} bytes · {info.rows} rows · integrity {info.integrity} · {info.seconds}s"


def backup(ctx_or_database, out: Path | str) -> BackupInfo:
    """Back the station's database up to `out` (a file, or a folder: a dated name is used)."""
    ctx, engine = _resolve(ctx_or_database, Perm.MANAGE_ACCOUNTS)
    with _refusals():
        info = store.backup(engine, out, now=ctx.now())
    _audit(ctx, "backup", "backups.backup", f"backup:{info.path.name}", _detail(info))
    return info


def run_daily(ctx_or_database, folder: Path | str, keep: int = 14) -> BackupInfo | None:
    """Today's automatic backup, unless it exists; the newest `keep` are kept.

    Not a user's decision, so any signed-in desk (or none) may run it."""
    ctx, engine = _resolve(ctx_or_database, None)
    with _refusals():
        info = store.daily_backup(engine, folder, keep, ctx.now().date(), now=ctx.now())
    if info is not None:
        _audit(ctx, "backup", "backups.run_daily", f"backup:{info.path.name}", _detail(info))
    return info


def check_backup(ctx: ServiceContext, path: Path | str) -> tuple[str, dict[str, int]]:
    """(schema revision, table -> rows) of a file the administrator is about to restore."""
    _, engine = _resolve(ctx, Perm.MANAGE_ACCOUNTS)
    with _refusals():
        if not store.is_sqlite(engine):
            raise store.BackupError("backup_restore_pg")
        return store.check_backup(path, key=engine.url.password if engine.url.drivername ==
                                  "sqlite+pysqlcipher" else None)


def restore(ctx_or_database, backup_path: Path | str) -> RestoreInfo:
    """Replace the SQLite database with a backup; the replaced one is kept beside it.

    The connections of this process are closed first; other desks must be closed."""
    ctx, engine = _resolve(ctx_or_database, Perm.MANAGE_ACCOUNTS)
    with _refusals():
        if not store.is_sqlite(engine):
            raise store.BackupError("backup_restore_pg")
        engine.dispose()
        info = store.restore(engine, backup_path, now=ctx.now())
    engine.dispose()
    dbmod.upgrade(engine)  # an older backup gets today's schema before anyone works in it
    _audit(ctx, "restore", "backups.restore", f"restore:{Path(backup_path).name}",
           f"{backup_path} → {info.path} · revision {info.revision}"
           + (f" · replaced kept at {info.replaced_kept_at}" if info.replaced_kept_at else ""))
    return info
