"""Reads that run on every keystroke or pick, straight through a driver connection.

A Session (or even a Connection) costs about 0.2 ms per statement on top of the database: the begin
event, the compiled-cache lookup, result processors and the rollback on close. The search box and
the resident card pay that on each key, where the database itself answers in 0.03-0.1 ms. These
reads are single SELECTs with bound values and nothing to flush, so they run on a connection each
thread keeps (_Held), on the driver's cursor, and hand back plain tuples. Reports and the queue run
the same plain statements on their Session's own cursor (over_session). Everything else stays on
Session.

Statements are written once with :name parameters and compiled per dialect by SQLAlchemy (so the
paramstyle and %-escaping are right for psycopg as well as sqlite3).
"""
from __future__ import annotations

import threading
import weakref
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, Callable, Iterator

from sqlalchemy import event
from sqlalchemy import text as _text

from .context import ServiceContext
from .errors import ValidationError


class Statement:
    """One read statement, its driver SQL kept per dialect. `sql` is the text, or a function of the
    dialect's name giving it (for the few expressions SQLite and PostgreSQL spell differently)."""

    __slots__ = ("sql", "_compiled")

    def __init__(self, sql: str | Callable[[str], str]):
        self.sql = sql
        self._compiled: dict[str, tuple[str, tuple[str, ...] | None]] = {}

    def for_dialect(self, dialect) -> tuple[str, tuple[str, ...] | None]:
        found = self._compiled.get(dialect.name)
        if found is None:
            sql = self.sql(dialect.name) if callable(self.sql) else self.sql
            compiled = _text(sql).compile(dialect=dialect)
            order = tuple(compiled.positiontup) if dialect.positional else None
            found = self._compiled[dialect.name] = (compiled.string, order)
        return found


def in_list(values) -> str:
    """Constants of the code (states), never input, spelt into SQL so the planner sees them."""
    assert all(isinstance(v, str) and "'" not in v for v in values)
    return ", ".join(f"'{v}'" for v in values)


def _sqlite_value(value):
    # As SQLAlchemy's SQLite types store them, so text comparisons in SQL line up with stored values.
    kind = type(value)
    if kind is datetime:
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if kind is date:
        return value.isoformat()
    return value


class Reader:
    """A cursor over one driver connection; rows come back as the driver's tuples."""

    def __init__(self, dbapi_connection, dialect):
        self._connection = dbapi_connection
        self._dialect = dialect
        self._sqlite = dialect.name == "sqlite"
        self._cursor = dbapi_connection.cursor()

    @property
    def dialect_name(self) -> str:
        return self._dialect.name

    def _run(self, statement: Statement | str, params: dict[str, Any]):
        if isinstance(statement, str):
            statement = Statement(statement)
        sql, order = statement.for_dialect(self._dialect)
        if order is None:
            bound = params
        elif self._sqlite:
            bound = [_sqlite_value(params[name]) for name in order]
        else:
            bound = [params[name] for name in order]
        self._cursor.execute(sql, bound)
        return self._cursor

    def rows(self, statement: Statement | str, params: dict[str, Any]) -> list[tuple]:
        return self._run(statement, params).fetchall()

    def first(self, statement: Statement | str, params: dict[str, Any]) -> tuple | None:
        # The next statement or close() resets this one, which ends its read on SQLite.
        return self._run(statement, params).fetchone()

    def scalar(self, statement: Statement | str, params: dict[str, Any]):
        row = self.first(statement, params)
        return None if row is None else row[0]

    def iterate(self, statement: Statement | str, params: dict[str, Any]) -> Iterator[tuple]:
        """Rows one at a time, for a caller that may stop early."""
        return iter(self._run(statement, params))

    def close(self) -> None:
        self._cursor.close()


class _Slot:
    """One thread's connection for plain reads; closed when the thread or the engine goes."""

    __slots__ = ("connection", "__weakref__")

    def __init__(self, connection):
        self.connection = connection

    def close(self) -> None:
        connection, self.connection = self.connection, None
        if connection is not None:
            try:
                connection.close()
            except Exception:  # noqa: BLE001 - already gone with its server or file
                pass

    def __del__(self):
        self.close()


def _unusable(connection) -> bool:
    # psycopg marks a connection it found cut off; sqlite3 has neither attribute.
    return bool(getattr(connection, "closed", False) or getattr(connection, "broken", False))


class _Held:
    """Each thread keeps one connection of its own for these reads, taken from the engine (so it has
    the same pragmas and options) and detached from the pool, so sessions keep their full pool.

    On SQLite a pool checkout and return cost more than the search statement itself (the
    checkout's bookkeeping also pushes the statement out of the CPU's caches). On PostgreSQL a
    checkout pinged the server, and the driver wrapped each read in BEGIN and ROLLBACK: four round
    trips per keystroke to a subdistrict's server instead of one. Both run their held connection in
    autocommit, so an idle one holds no lock and no open transaction."""

    def __init__(self, engine):
        self._engine = weakref.ref(engine)  # the engine's own listener refers to this: no cycle
        self._local = threading.local()
        self._slots: weakref.WeakSet[_Slot] = weakref.WeakSet()
        self._lock = threading.Lock()
        event.listen(engine, "engine_disposed", self.close_all)

    def connection(self):
        slot = getattr(self._local, "slot", None)
        if slot is None or slot.connection is None or _unusable(slot.connection):
            if slot is not None:
                slot.close()
            engine = self._engine()
            fairy = engine.raw_connection()
            connection = fairy.driver_connection
            fairy.detach()
            if engine.dialect.name != "sqlite":  # SQLite's connections are in autocommit already (db.py)
                connection.rollback()  # the checkout's ping may have opened a transaction
                connection.autocommit = True
            slot = self._local.slot = _Slot(connection)
            with self._lock:
                self._slots.add(slot)
        return slot.connection

    def drop(self) -> None:
        """After an error the connection may be in any state: the next read opens a fresh one."""
        slot = getattr(self._local, "slot", None)
        if slot is not None:
            self._local.slot = None
            slot.close()

    def close_all(self, _connection=None) -> None:
        with self._lock:
            slots = list(self._slots)
        for slot in slots:
            slot.close()


_held: "weakref.WeakKeyDictionary[Any, _Held]" = weakref.WeakKeyDictionary()
_held_lock = threading.Lock()


def _held_for(engine) -> _Held:
    held = _held.get(engine)
    if held is None:
        with _held_lock:
            held = _held.get(engine)
            if held is None:
                held = _held[engine] = _Held(engine)
    return held


@contextmanager
def plain_reading(ctx: ServiceContext) -> Iterator[Reader]:
    """This thread's held connection for plain SELECTs. Each statement is its own read (autocommit):
    a caller that reads several must not need them to agree to the row (the resident card's members
    and tags may be a write apart)."""
    engine = ctx.read_sessions.kw["bind"]
    dialect = engine.dialect
    dbapi = dialect.loaded_dbapi
    held = _held_for(engine)
    try:
        connection = held.connection()
    except Exception as err:  # SQLAlchemy wraps the driver's error at checkout
        orig = getattr(err, "orig", err)
        if isinstance(orig, dbapi.Error):
            _raise_translated(orig, dbapi, err)
        raise
    reader = None
    suspect = False
    try:
        reader = Reader(connection, dialect)
        yield reader
    except dbapi.Error as err:
        # A refused value (DataError) leaves the connection as it was; anything else may not have.
        suspect = not isinstance(err, dbapi.DataError)
        _raise_translated(err, dbapi, err)
        raise
    finally:
        try:
            if reader is not None:
                reader.close()
        except dbapi.Error:
            suspect = True
        if suspect:
            held.drop()


@contextmanager
def over_session(s) -> Iterator[Reader]:
    """Plain statements inside a Session's own transaction (a report that also keeps months, or
    reads under the writer's lock), with the same translation of the driver's errors."""
    connection = s.connection()  # begins the session's transaction if it has not yet
    dialect = connection.dialect
    dbapi = dialect.loaded_dbapi
    reader = Reader(connection.connection.driver_connection, dialect)
    try:
        yield reader
    except dbapi.Error as err:
        _raise_translated(err, dbapi, err)
        raise
    finally:
        reader.close()


def _raise_translated(err: Exception, dbapi, cause: Exception) -> None:
    """Raises what the driver's error means to the user; returns when it is to be seen as it is."""
    translated = _translated(err, dbapi)
    if translated is not err:
        raise translated from cause


def _translated(err: Exception, dbapi) -> Exception:
    from .uow import _storage_error  # the same wording as a session's read or write

    if isinstance(err, dbapi.DataError):
        # PostgreSQL refuses what SQLite stores (a NUL pasted into the search box): the input's fault.
        return ValidationError("input_unstorable")
    if isinstance(err, (dbapi.ProgrammingError, dbapi.IntegrityError)) or not isinstance(err, dbapi.DatabaseError):
        return err  # a fault in the statement, not in the storage: let it be seen as one
    # Locked, unreachable, damaged or not our file.
    return _storage_error(err)


def as_date(value) -> date | None:
    """A DATE column's value: SQLite hands back its ISO text, PostgreSQL a date."""
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value[:10])


def as_datetime(value) -> datetime | None:
    if value is None or isinstance(value, datetime):
        return value
    return datetime.fromisoformat(value)

