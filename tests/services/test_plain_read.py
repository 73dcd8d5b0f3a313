"""The driver-level read path under search, the resident card and the type search."""
import sqlite3
import threading

import pytest
from sqlalchemy import text

from app.services import catalogue, residents
from app.services.errors import StorageError
from app.services.plain_read import Statement, as_date, as_datetime, plain_reading


def test_named_parameters_reach_each_driver_in_its_own_style(database, ctx):
    # Parameters used out of order and twice, and a literal % that psycopg's pyformat would
    # otherwise take for a placeholder.
    statement = Statement("SELECT :b || '%' || :a || :b")
    for _ in range(2):  # the second call takes the SQL kept for this dialect
        with plain_reading(ctx) as db:
            assert db.scalar(statement, {"a": "x", "b": "y"}) == "y%xy"
    assert set(statement._compiled) == {database.engine.dialect.name}


def test_rows_are_the_drivers_tuples_and_dates_come_back_typed(ctx):
    with plain_reading(ctx) as db:
        rows = db.rows(Statement("SELECT id, birth_date FROM resident WHERE name = :n ORDER BY id"), {"n": "张秀兰"})
    assert rows and all(isinstance(r, tuple) for r in rows)
    assert as_date(rows[0][1]).year > 1900
    assert as_datetime("2026-11-23 09:03:28.000000").hour == 9 and as_date(None) is None


def _closed(connection) -> bool:
    closed = getattr(connection, "closed", None)  # psycopg
    if closed is not None:
        return bool(closed)
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:
        return True
    return False


def test_each_thread_keeps_its_own_connection_until_the_engine_is_disposed(database, ctx):
    seen = {}

    def read(label):
        with plain_reading(ctx) as db:
            seen.setdefault(label, []).append(db._connection)
            db.rows("SELECT 1", {})

    read("main")
    read("main")
    worker = threading.Thread(target=read, args=("worker",))
    worker.start()
    worker.join()
    assert seen["main"][0] is seen["main"][1]
    assert seen["worker"][0] is not seen["main"][0]
    # The held connections stay outside the pool: sessions keep all of theirs.
    assert database.engine.pool.checkedout() == 0
    assert not _closed(seen["main"][0])
    database.dispose()
    assert _closed(seen["main"][0]) and _closed(seen["worker"][0])  # closed with the engine


@pytest.mark.postgres
def test_a_held_postgresql_connection_is_never_left_inside_a_transaction(database, ctx):
    if database.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only: SQLite's held connections are in autocommit by db.py")
    assert residents.search(ctx, "张秀兰")
    with plain_reading(ctx) as db:
        pid = db._connection.info.backend_pid
    with database.engine.connect() as c:
        state = c.execute(text("SELECT state FROM pg_stat_activity WHERE pid = :p"), {"p": pid}).scalar()
    assert state == "idle"  # not "idle in transaction", which would hold back vacuum and locks


def test_a_storage_failure_is_a_storage_error_and_the_next_read_uses_a_fresh_connection(sqlite_database, clock):
    from app.services import station
    from app.services.context import ServiceContext

    base = ServiceContext.for_database(sqlite_database, now=clock)
    ctx = base.as_actor(station.actor_for(base, "wangxm"))
    assert residents.search(ctx, "张秀兰")
    with plain_reading(ctx) as db:
        before = db._connection
    with sqlite_database.engine.begin() as c:  # what a damaged or foreign file looks like to a read
        c.execute(text("ALTER TABLE resident_tag RENAME TO resident_tag_away"))
    with pytest.raises(StorageError) as err:
        residents.search(ctx, "张秀兰")
    assert err.value.key == "db_unavailable" and err.value.text("zh")
    with sqlite_database.engine.begin() as c:
        c.execute(text("ALTER TABLE resident_tag_away RENAME TO resident_tag"))
    assert residents.search(ctx, "张秀兰")
    with plain_reading(ctx) as db:
        assert db._connection is not before


def test_a_failing_statement_keeps_the_drivers_reason(ctx):
    # SQLite calls an unknown column an operational error (shown as "database unavailable" with the
    # driver's words), psycopg a programming error (raised as it is): either way the reason is seen.
    with pytest.raises(Exception) as err:
        with plain_reading(ctx) as db:
            db.rows("SELECT no_such_column FROM resident", {})
    assert "no_such_column" in str(err.value.params.get("detail") if isinstance(err.value, StorageError)
                                   else err.value)


def test_type_search_and_card_read_through_it(ctx):
    found = catalogue.search_types(ctx, "")
    assert found and found[0].code
    rid = residents.search(ctx, "张秀兰")[0].id
    card = residents.get(ctx, rid)
    assert card.id == rid and card.birth_date is not None and card.age is not None


def test_statements_over_a_session_share_its_transaction_and_its_error_wording(ctx):
    from app.services.plain_read import over_session
    from app.services.uow import reading, writing

    sid = ctx.actor.station_id
    with pytest.raises(RuntimeError):
        with writing(ctx, audited=False) as s:
            s.execute(text("UPDATE station SET phone = '010-1234' WHERE id = :s"), {"s": sid})
            with over_session(s) as db:  # sees the session's own uncommitted write
                assert db.scalar("SELECT phone FROM station WHERE id = :s", {"s": sid}) == "010-1234"
            raise RuntimeError("roll back")
    with reading(ctx) as s, over_session(s) as db:
        assert db.scalar("SELECT phone FROM station WHERE id = :s", {"s": sid}) != "010-1234"
    if ctx.read_sessions.kw["bind"].dialect.name == "sqlite":  # SQLite calls a missing table operational
        with pytest.raises(StorageError):
            with reading(ctx) as s, over_session(s) as db:
                db.rows("SELECT * FROM no_such_table", {})
