"""Migrations, the database URL, and refusing a database from newer code."""
import os
import sqlite3

import pytest
from sqlalchemy import text

from app import db as dbmod
from app.migrations import HEAD
from app.services import residents, station
from app.services.context import ServiceContext


def test_head_constant_matches_the_migration_scripts():
    assert dbmod.schema_heads() == {HEAD}


def test_empty_database_is_migrated_and_reopening_keeps_the_data(tmp_path, clock):
    url = f"sqlite:///{tmp_path / 'a.sqlite3'}"
    first = dbmod.connect(url)
    from app.services import demo

    demo.seed(ServiceContext.for_database(first, now=clock), residents=5, affairs=3)
    first.dispose()
    again = dbmod.connect(url)  # an existing database is upgraded in place, never recreated
    base = ServiceContext.for_database(again, now=clock)
    ctx = base.as_actor(station.actor_for(base))
    assert residents.search(ctx, "张秀兰")
    again.dispose()


def test_old_database_is_upgraded_not_recreated(tmp_path):
    path = tmp_path / "old.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("CREATE TABLE keepme (x INTEGER)")
    raw.execute("INSERT INTO keepme VALUES (42)")
    raw.commit()
    raw.close()
    database = dbmod.connect(f"sqlite:///{path}")
    with database.engine.connect() as c:
        assert c.execute(text("SELECT x FROM keepme")).scalar() == 42
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    database.dispose()


def test_database_from_newer_code_is_refused(tmp_path):
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    dbmod.connect(url).dispose()
    raw = sqlite3.connect(tmp_path / "new.sqlite3")
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(dbmod.DatabaseTooNew) as err:
        dbmod.connect(url)
    assert "更新版本" in str(err.value) and "newer" in str(err.value)


def test_sqlite_pragmas(tmp_path):
    database = dbmod.connect(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with database.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert c.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.BUSY_TIMEOUT_MS
    database.dispose()


def test_url_resolution_order(tmp_path, monkeypatch):
    monkeypatch.delenv(dbmod.ENV_URL, raising=False)
    default = dbmod.resolve_url(None, tmp_path / "data")
    assert default == f"sqlite:///{tmp_path / 'data' / 'one-window.sqlite3'}"
    assert oct(os.stat(tmp_path / "data").st_mode & 0o777) == "0o700"
    monkeypatch.setenv(dbmod.ENV_URL, "sqlite:///from-env.sqlite3")
    assert dbmod.resolve_url(None, tmp_path) == "sqlite:///from-env.sqlite3"
    assert dbmod.resolve_url("postgresql://x/y", tmp_path) == "postgresql://x/y"


def test_backend_is_what_the_url_says(database):
    assert database.engine.dialect.name in ("sqlite", "postgresql")


def test_resident_search_indexes_serve_prefix_like_on_postgresql(database):
    # The models leave postgresql_ops out (it would load the PostgreSQL dialect at every desk start):
    # the migration must still build these indexes with text_pattern_ops.
    if database.is_sqlite:
        pytest.skip("PostgreSQL only: SQLite's LIKE optimisation needs no operator class")
    with database.engine.connect() as conn:
        defs = dict(conn.execute(text(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'resident' "
            "AND indexname LIKE 'ix_resident_station_%'")).all())
    for column in ("name", "initials", "id_number", "phone", "phone_rev"):
        assert "text_pattern_ops" in defs[f"ix_resident_station_{column}"]


def test_starting_the_desk_does_not_load_postgresql_printing_or_the_report_modules():
    import subprocess
    import sys

    code = ("import sys, app.ui.app, app.ui.desk.window, app.ui.navigator; "
            "print(sorted(m for m in ('sqlalchemy.dialects.postgresql', 'app.services.reports', 'app.printing.report_data', "
            "'app.services.report_export', 'reportlab', 'openpyxl', 'alembic', 'PySide6.QtPrintSupport') "
            "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen")).stdout.strip()
    assert out == "[]"
