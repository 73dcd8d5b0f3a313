"""Engine, session factory, schema migrations.

Nothing here is global: `Database` is created once by the entry point and
its session factory is handed to the services.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger(__name__)

APP_NAME = "one-window"
ENV_URL = "ONE_WINDOW_DATABASE_URL"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class DatabaseError(Exception):
    """The database cannot be used as it is (too new, unreachable, corrupt)."""


class DatabaseTooNew(DatabaseError):
    pass


def default_data_dir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def resolve_url(cli_url: str | None = None, data_dir: Path | None = None) -> str:
    """--database beats ONE_WINDOW_DATABASE_URL beats SQLite in the user data dir."""
    if cli_url:
        return cli_url
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    folder = data_dir or default_data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)  # personal data of a whole community
    except OSError:
        pass
    return f"sqlite:///{folder / 'one-window.sqlite3'}"


def _configure_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # pragma: no cover - exercised by every test
        # Let SQLAlchemy's "begin" event below issue BEGIN itself.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        if engine.url.database not in (None, "", ":memory:"):
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):
        # A writing unit of work takes the write lock up front: a deferred
        # transaction that reads and then writes can fail with SQLITE_BUSY
        # without waiting when another desk writes in between.
        if conn.get_execution_options().get("one_window_write"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


@dataclass
class Database:
    url: str
    engine: Engine
    read_sessions: sessionmaker[Session]
    write_sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def dispose(self) -> None:
        self.engine.dispose()


def connect(url: str, *, migrate: bool = True, echo: bool = False,
            busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Database:
    parsed = make_url(url)
    kwargs: dict = {"echo": echo}
    if parsed.get_backend_name() == "sqlite":
        kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        if parsed.database and parsed.database != ":memory:" and not parsed.database.startswith("file:"):
            _create_private(Path(parsed.database))
    else:
        kwargs["pool_pre_ping"] = True
        if parsed.get_backend_name() == "postgresql":
            # As SQLite's busy timeout: a desk stuck holding a lock makes the others fail with "busy"
            # after a few seconds instead of waiting for ever.
            kwargs["connect_args"] = {"options": f"-c lock_timeout={int(busy_timeout_ms)}"}
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        url = str(parsed.set(drivername="postgresql+psycopg"))
    try:
        engine = create_engine(url, **kwargs)
    except ImportError as err:  # e.g. sqlite+pysqlcipher:// without the sqlcipher3 package
        name = "sqlcipher3" if parsed.drivername == "sqlite+pysqlcipher" else err.name
        raise DatabaseError(
            "数据库驱动未安装：%s（%s） / The database driver is not installed: %s (%s)"
            % (name, parsed.drivername, name, parsed.drivername)) from err
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine, busy_timeout_ms)
    write_engine = engine.execution_options(one_window_write=True)
    db = Database(
        url=url,
        engine=engine,
        read_sessions=sessionmaker(engine, expire_on_commit=False),
        write_sessions=sessionmaker(write_engine, expire_on_commit=False),
    )
    if migrate:
        upgrade(engine)
    return db


def _create_private(path: Path) -> None:
    """A new database file is readable by this user only (an empty file is a valid empty database)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        return
    try:
        os.chmod(path, 0o600)
    except OSError:  # pragma: no cover - a file system without modes
        pass


def _alembic_config(connection=None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = connection
    return cfg


def schema_heads() -> set[str]:
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config()).get_heads())


def _stored_revisions(engine: Engine) -> set[str]:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return set()
        return {row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}


def upgrade(engine: Engine) -> None:
    """Bring the schema to the code's head; refuse a database from newer code.

    An old database is upgraded in place, never recreated.
    """
    from .migrations import HEAD

    if _stored_revisions(engine) == {HEAD}:
        return  # the usual start: nothing to do, and no need to load Alembic
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    with engine.connect() as conn:
        current = set(MigrationContext.configure(conn).get_current_heads())
        conn.rollback()
    script = ScriptDirectory.from_config(_alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    unknown = current - known
    if unknown:
        raise DatabaseTooNew(
            "数据库由更新版本的一窗通创建（版本 %s），请升级程序后再打开。"
            " / The database was written by a newer One Window (revision %s);"
            " upgrade the program to open it." % (", ".join(sorted(unknown)), ", ".join(sorted(unknown)))
        )
    if current == set(script.get_heads()):
        return
    with engine.begin() as conn:
        cfg = _alembic_config(conn)
        command.upgrade(cfg, "head")
    log.info("database schema upgraded from %s to %s", current or "empty", script.get_heads())
