"""Fixtures: a fresh station database per test, on SQLite and on PostgreSQL.

A migrated, seeded template is built once per backend and copied for each
test (file copy on SQLite, CREATE DATABASE ... TEMPLATE on PostgreSQL).
"""
from __future__ import annotations

import itertools
import os
import shutil
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import db as dbmod  # noqa: E402
from app.services import demo, station  # noqa: E402
from app.services.context import ServiceContext  # noqa: E402

from .pg_server import PgServer  # noqa: E402

NOW = datetime(2026, 11, 23, 10, 0)  # a Monday


class Clock:
    def __init__(self, now: datetime):
        self.value = now

    def __call__(self) -> datetime:
        return self.value


def pytest_report_header(config):
    return "PostgreSQL tests: a private server is started on first use (skipped with the reason if it cannot)"


@pytest.fixture(scope="session")
def pg_server():
    server = PgServer().start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("template") / "station.sqlite3"
    database = dbmod.connect(f"sqlite:///{path}")
    demo.seed(ServiceContext.for_database(database, now=Clock(NOW)), residents=60, affairs=40)
    database.dispose()
    return path


@pytest.fixture(scope="session")
def pg_template(pg_server):
    if not pg_server.url:
        pytest.skip(pg_server.reason)
    from sqlalchemy import create_engine, text

    admin = create_engine(pg_server.url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text("DROP DATABASE IF EXISTS ow_template"))
        c.execute(text("CREATE DATABASE ow_template"))
    base = pg_server.url.rsplit("/", 1)[0]
    database = dbmod.connect(f"{base}/ow_template")
    demo.seed(ServiceContext.for_database(database, now=Clock(NOW)), residents=60, affairs=40)
    database.dispose()
    yield admin, base
    admin.dispose()


_counter = itertools.count()


def _fresh_database(request, tmp_path):
    if request.param == "sqlite":
        template = request.getfixturevalue("sqlite_template")
        path = tmp_path / "station.sqlite3"
        shutil.copy(template, path)
        return dbmod.connect(f"sqlite:///{path}")
    admin, base = request.getfixturevalue("pg_template")
    from sqlalchemy import text

    name = f"ow_test_{os.getpid()}_{next(_counter)}"
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE ow_template"))
    database = dbmod.connect(f"{base}/{name}")
    database._test_cleanup = lambda: _drop(admin, name)  # type: ignore[attr-defined]
    return database


def _drop(admin, name):
    from sqlalchemy import text

    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database(request, tmp_path):
    database = _fresh_database(request, tmp_path)
    yield database
    database.dispose()
    getattr(database, "_test_cleanup", lambda: None)()


@pytest.fixture
def sqlite_database(tmp_path, sqlite_template):
    path = tmp_path / "station.sqlite3"
    shutil.copy(sqlite_template, path)
    database = dbmod.connect(f"sqlite:///{path}")
    yield database
    database.dispose()


@pytest.fixture
def clock():
    return Clock(NOW)


def _ctx(database, clock, username):
    base = ServiceContext.for_database(database, now=clock)
    return base.as_actor(station.actor_for(base, username, desk="窗口1"))


@pytest.fixture
def ctx(database, clock):
    """The first general social worker at desk 1."""
    return _ctx(database, clock, "wangxm")


@pytest.fixture
def admin_ctx(database, clock):
    return _ctx(database, clock, "admin")


@pytest.fixture
def make_ctx(database, clock):
    return lambda username: _ctx(database, clock, username)
