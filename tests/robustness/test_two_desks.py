"""Two desks at once on one database (issue 6, item 7): nothing logged goes missing, no number is
drawn twice, "database busy" is retried rather than crashing; and a lock held past the busy
timeout refuses the write with the Chinese message and writes nothing.

ONE_WINDOW_TWO_DESKS_SECONDS makes the two-process runs longer (5 s in the suite).
"""
from __future__ import annotations

import itertools
import os
import shutil
import sqlite3
import time
from dataclasses import asdict

import pytest
from sqlalchemy import text

from app import db as dbmod
from app.services import acceptance, residents, station
from app.services.context import ServiceContext
from app.services.errors import StorageError

from ..conftest import Clock, NOW
from . import check_station, finish, read_logs, report, snapshot, worker

SECONDS = float(os.environ.get("ONE_WINDOW_TWO_DESKS_SECONDS", "5"))
_names = itertools.count()


def _two_desks(name: str, url: str, tmp_path, busy_ms: tuple) -> None:
    before = snapshot(url)
    logs = [tmp_path / "desk1.log", tmp_path / "desk2.log"]
    started = time.monotonic()
    procs = [worker(url, "wangxm", "窗口1", logs[0], SECONDS, busy_ms=busy_ms[0], seed=1),
             worker(url, "lijh", "窗口2", logs[1], SECONDS, busy_ms=busy_ms[1], seed=2)]
    summaries = [finish(p, timeout=SECONDS + 120) for p in procs]  # AssertionError on exit code 3
    minutes = (time.monotonic() - started) / 60
    check = check_station(url, read_logs(*logs), before)
    report(name, seconds=SECONDS, minutes=round(minutes, 2), affairs_written=check.affairs_written,
           receipts_logged=check.receipts_logged, certificates_written=check.certificates_written,
           certificates_logged=check.certificates_logged,
           busy_retries=sum(s["busy"] for s in summaries), desks=summaries, problems=check.problems,
           check=asdict(check))
    assert check.problems == []
    assert all(s["receipts"] > 0 for s in summaries)
    # Both workers ended normally, so every committed write was logged.
    assert (check.affairs_written, check.certificates_written) == (check.receipts_logged, check.certificates_logged)


def test_two_desks_on_one_sqlite_file(tmp_path, sqlite_template):
    path = tmp_path / "station.sqlite3"
    shutil.copy(sqlite_template, path)
    # Desk 2 gives up waiting for the lock after 20 ms, so the "busy, try again" path runs too.
    _two_desks("two_desks_sqlite", f"sqlite:///{path}", tmp_path, busy_ms=(None, 20))


@pytest.mark.postgres
def test_two_desks_on_postgresql(tmp_path, pg_template):
    admin, base = pg_template
    name = f"ow_desks_{os.getpid()}_{next(_names)}"
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE ow_template"))
    try:
        _two_desks("two_desks_postgres", f"{base}/{name}", tmp_path, busy_ms=(None, None))
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


def _counts(database) -> tuple:
    with database.engine.connect() as c:
        return tuple(c.execute(text(q)).scalar() for q in (
            "SELECT count(*) FROM affair", "SELECT count(*) FROM affair_material",
            "SELECT count(*) FROM affair_event", "SELECT count(*) FROM audit_entry",
            "SELECT coalesce(sum(last), 0) FROM affair_sequence",
            "SELECT coalesce(sum(use_count), 0) FROM affair_type"))


def test_lock_held_past_the_busy_timeout_refuses_and_writes_nothing(tmp_path, sqlite_template):
    path = tmp_path / "station.sqlite3"
    shutil.copy(sqlite_template, path)
    database = dbmod.connect(f"sqlite:///{path}", migrate=False, busy_timeout_ms=200)
    base = ServiceContext.for_database(database, now=Clock(NOW))
    ctx = base.as_actor(station.actor_for(base, "wangxm", desk="窗口1"))
    resident = residents.search(ctx, "张秀兰")[0].id
    before = _counts(database)
    other = sqlite3.connect(path, isolation_level=None)  # another desk, stuck in its transaction
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as err:
            acceptance.accept(ctx, resident, "G099", ["provided"] * 3)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert err.value.key == "db_busy"
    assert err.value.text("zh") == "数据库正被其他窗口占用，请稍后重试（未写入任何内容）。"
    assert "nothing was written" in err.value.text("en")
    assert _counts(database) == before
    # Once the other desk lets go, the same request goes through with the next number.
    done = acceptance.accept(ctx, resident, "G099", ["provided"] * 3)
    assert done.state == "completed" and _counts(database)[0] == before[0] + 1
    database.dispose()


def test_a_lock_held_too_long_on_postgresql_is_busy_not_a_hang(pg_server, tmp_path):
    """PostgreSQL waits for ever by default; the desk's connection sets lock_timeout like SQLite's busy timeout."""
    if not pg_server.url:
        pytest.skip(pg_server.reason)
    from sqlalchemy import create_engine

    from app.services import errors, uow
    from app.services.context import ServiceContext

    base = pg_server.url.rsplit("/", 1)[0]
    admin = create_engine(pg_server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text("DROP DATABASE IF EXISTS ow_lock_timeout"))
        c.execute(text("CREATE DATABASE ow_lock_timeout"))
    database = dbmod.connect(f"{base}/ow_lock_timeout", busy_timeout_ms=300)
    holder = create_engine(f"{base}/ow_lock_timeout".replace("postgresql://", "postgresql+psycopg://", 1))
    try:
        with holder.connect() as c:
            c.execute(text("LOCK TABLE alembic_version IN ACCESS EXCLUSIVE MODE"))
            ctx = ServiceContext.for_database(database)
            with pytest.raises(errors.StorageError) as err:
                with uow.writing(ctx) as s:
                    s.execute(text("SELECT * FROM alembic_version")).all()
            assert err.value.key == "db_busy"
            c.rollback()
    finally:
        holder.dispose()
        database.dispose()
        with admin.connect() as c:
            c.execute(text("DROP DATABASE IF EXISTS ow_lock_timeout WITH (FORCE)"))
        admin.dispose()
