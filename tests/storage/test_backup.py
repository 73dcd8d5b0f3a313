"""Backups while desks keep writing, refused restores that change nothing, daily rotation, the data folder."""
from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import threading
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app import db as dbmod
from app.migrations import HEAD
from app.services import acceptance, backups, catalogue, residents, station
from app.services.context import ServiceContext
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.storage import backup as store

CODE = "G031"


def _ctx(database, clock, username):
    base = ServiceContext.for_database(database, now=clock)
    return base.as_actor(station.actor_for(base, username, desk="窗口1"))


@pytest.fixture
def worker(sqlite_database, clock):
    return _ctx(sqlite_database, clock, "wangxm")


@pytest.fixture
def admin(sqlite_database, clock):
    return _ctx(sqlite_database, clock, "admin")


def _accept(ctx, name="张秀兰"):
    rid = residents.search(ctx, name)[0].id
    return acceptance.accept(ctx, rid, CODE, ["provided"] * len(catalogue.get_type(ctx, CODE).materials)).id


def _live_path(database) -> Path:
    return Path(database.engine.url.database)


def _rows(path: Path, sql: str, *args):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp") or ".tmp-" in p.name
                  or "before-restore" in p.name)


# -- backup --------------------------------------------------------------------------

def test_backup_while_a_desk_keeps_accepting_holds_only_whole_affairs(sqlite_database, worker, admin, tmp_path):
    accepted: list[int] = []
    stop = threading.Event()
    failures: list[BaseException] = []

    def desk():
        try:
            while not stop.is_set() and len(accepted) < 2000:
                accepted.append(_accept(worker))
        except BaseException as err:  # pragma: no cover - reported below
            failures.append(err)

    thread = threading.Thread(target=desk)
    thread.start()
    try:
        while len(accepted) < 3 and thread.is_alive():
            stop.wait(0.01)
        # Small steps with pauses, so the desk writes while the copy is under way.
        info = store.backup(sqlite_database, tmp_path / "during.sqlite3", pages=4, sleep=0.002)
        seen = len(accepted)
        while len(accepted) < seen + 2 and thread.is_alive():
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join(30)
    assert not failures, failures
    assert info.integrity == "ok" and info.bytes == info.path.stat().st_size > 0
    copy = info.path
    assert _rows(copy, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(copy, "PRAGMA journal_mode") == [("delete",)]  # one self-contained file
    in_copy = {r[0] for r in _rows(copy, "SELECT id FROM affair")}
    assert info.tables["affair"] == len(in_copy)
    assert set(accepted[:3]) <= in_copy and not set(accepted) <= in_copy  # the desk wrote on afterwards
    live = _live_path(sqlite_database)
    per_affair = "SELECT a.id, (SELECT count(*) FROM affair_material m WHERE m.affair_id = a.id), " \
                 "(SELECT count(*) FROM affair_event e WHERE e.affair_id = a.id) FROM affair a"
    copied = {r[0]: r[1:] for r in _rows(copy, per_affair)}
    now = {r[0]: r[1:] for r in _rows(live, per_affair)}
    assert all(events > 0 for _, events in copied.values())
    for affair_id in in_copy:
        assert copied[affair_id] == now[affair_id], affair_id  # materials and events all there
    assert all(copied[a][0] > 0 for a in accepted if a in in_copy)
    assert oct(copy.stat().st_mode & 0o777) == oct(0o600)


def test_backup_into_a_folder_is_audited_and_needs_an_administrator(worker, admin, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.backup(worker, tmp_path)
    info = backups.backup(admin, tmp_path)
    assert info.path.parent == tmp_path and info.path.name == "one-window-20261123-100000.sqlite3"
    assert info.tables["station"] == 1 and info.rows > 100
    last = _rows(_live_path_of(admin), "SELECT action, operation, username, target FROM audit_entry "
                                       "ORDER BY id DESC LIMIT 1")
    assert last == [("backup", "backups.backup", "admin", f"backup:{info.path.name}")]


def _live_path_of(ctx) -> Path:
    return Path(ctx.read_sessions.kw["bind"].url.database)


def test_a_copy_failing_the_integrity_check_is_deleted(sqlite_database, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "_integrity", lambda conn: "*** in database main *** page 3 is never used")
    with pytest.raises(store.BackupError) as err:
        store.backup(sqlite_database, tmp_path / "b.sqlite3")
    assert err.value.key == "backup_corrupt" and "page 3" in err.value.text("en")
    assert not (tmp_path / "b.sqlite3").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".b.sqlite3")]


def test_backup_refuses_an_unwritable_place_and_itself(sqlite_database, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(store.BackupError) as err:
        store.backup(sqlite_database, blocker / "b.sqlite3")
    assert err.value.key == "backup_unwritable" and "无法写入" in str(err.value) and "cannot be written" in str(err.value)
    with pytest.raises(store.BackupError) as err:
        store.backup(sqlite_database, _live_path(sqlite_database))
    assert err.value.key == "backup_same_file"
    with pytest.raises(store.BackupError) as err:
        store.backup("sqlite://", tmp_path / "m.sqlite3")
    assert err.value.key == "backup_memory"


# -- restore -------------------------------------------------------------------------

def test_restore_round_trip_keeps_the_replaced_database(sqlite_database, worker, admin, tmp_path, clock):
    saved = backups.backup(admin, tmp_path / "saved.sqlite3")
    later = _accept(worker, "李德胜")
    resident = residents.search(worker, "李德胜")[0].id
    # The search and the card read on a connection each thread keeps: it must follow the restore too.
    assert later in [a.id for a in acceptance.resident_affairs(worker, resident)]
    clock.value += timedelta(minutes=5)
    info = backups.restore(admin, saved.path)
    assert info.path == _live_path(sqlite_database) and info.revision == HEAD
    assert info.replaced_kept_at.name == "station.before-restore-20261123-100500.sqlite3"
    with pytest.raises(NotFound):
        acceptance.get(worker, later)  # the same engine reconnects to the restored file
    assert later not in [a.id for a in acceptance.resident_affairs(worker, resident)]
    kept = info.replaced_kept_at
    assert _rows(kept, "SELECT count(*) FROM affair WHERE id = ?", later) == [(1,)]
    assert _rows(kept, "PRAGMA integrity_check") == [("ok",)]
    assert ("backup",) in _rows(kept, "SELECT action FROM audit_entry")
    restored = _live_path(sqlite_database)
    assert _rows(restored, "SELECT action, username FROM audit_entry ORDER BY id DESC LIMIT 1") == \
        [("restore", "admin")]
    assert not Path(f"{restored}-journal").exists()
    assert oct(restored.stat().st_mode & 0o777) == oct(0o600)
    again = _accept(worker, "李德胜")  # the desk works on in the restored database
    assert acceptance.get(worker, again).id == again


def test_restore_needs_an_administrator(worker, tmp_path):
    with pytest.raises(PermissionDenied):
        backups.restore(worker, tmp_path / "x.sqlite3")


def _newer_schema(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "newer.sqlite3"
    path.write_bytes(good.read_bytes())
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    return path


def _no_station(good: Path, tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    conn.execute("INSERT INTO alembic_version VALUES (?)", (HEAD,))
    conn.execute("CREATE TABLE station (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    return path


def _write(name: str, data: bytes):
    def make(good: Path, tmp_path: Path) -> Path:
        path = tmp_path / name
        path.write_bytes(data(good) if callable(data) else data)
        return path
    return make


BAD = {
    "truncated": (_write("truncated.sqlite3", lambda good: good.read_bytes()[: good.stat().st_size // 3]),
                  {"backup_corrupt", "backup_not_sqlite"}),
    "random_bytes": (_write("random.sqlite3", bytes(range(256)) * 64), {"backup_not_sqlite"}),
    "text_file": (_write("notes.txt", "居民名单\n张秀兰\n".encode() * 200), {"backup_not_sqlite"}),
    "empty_file": (_write("empty.sqlite3", b""), {"backup_schema"}),
    "other_sqlite": (_write("other.sqlite3", b""), {"backup_schema"}),
    "newer_schema": (_newer_schema, {"backup_too_new"}),
    "no_station": (_no_station, {"backup_no_station"}),
}


@pytest.mark.parametrize("kind", sorted(BAD))
def test_restore_refuses_a_bad_file_and_replaces_nothing(sqlite_database, admin, tmp_path, kind):
    good = backups.backup(admin, tmp_path / "good.sqlite3").path
    make, keys = BAD[kind]
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    bad = make(good, bad_dir)
    if kind == "other_sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    live = _live_path(sqlite_database)
    sqlite_database.dispose()
    before = _digest(live)
    with pytest.raises(ValidationError) as err:
        backups.restore(admin, bad)
    assert err.value.key in keys
    assert "未做任何更改" in err.value.text("zh") and "Nothing was changed" in err.value.text("en")
    if kind == "newer_schema":
        assert "9999" in err.value.text("en")
    assert _digest(live) == before
    assert _leftovers(live.parent) == []
    assert residents.search(admin, "张秀兰")  # the station still opens


def test_restore_refuses_when_the_target_cannot_be_written(sqlite_database, admin, tmp_path, monkeypatch):
    good = backups.backup(admin, tmp_path / "good.sqlite3").path
    live = _live_path(sqlite_database)
    sqlite_database.dispose()
    before = _digest(live)

    def refuse(*_args, **_kw):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store.shutil, "copyfile", refuse)
    with pytest.raises(ValidationError) as err:
        backups.restore(admin, good)
    assert err.value.key == "backup_unwritable" and "Permission denied" in err.value.text("en")
    assert _digest(live) == before and _leftovers(live.parent) == []
    monkeypatch.undo()
    # Refused at the very last step, the swap itself: the database stays as it was.
    monkeypatch.setattr(store.os, "replace", refuse)
    with pytest.raises(ValidationError):
        backups.restore(admin, good)
    monkeypatch.undo()
    assert _digest(live) == before
    assert not [p for p in live.parent.iterdir() if p.name.endswith(".tmp")]


def test_only_sqlite_is_restored_here(tmp_path):
    with pytest.raises(store.BackupError) as err:
        store.restore("postgresql+psycopg://u:p@localhost/ow", tmp_path / "x.dump")
    assert err.value.key == "backup_restore_pg" and "pg_restore" in err.value.text("en")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=3000), sqlite_header=st.booleans())
def test_restore_never_takes_arbitrary_bytes(sqlite_template, tmp_path_factory, data, sqlite_header):
    folder = tmp_path_factory.mktemp("fuzz")
    live = folder / "station.sqlite3"
    live.write_bytes(Path(sqlite_template).read_bytes())
    bad = folder / "bad.bin"
    bad.write_bytes((b"SQLite format 3\x00" if sqlite_header else b"") + data)
    before = _digest(live)
    with pytest.raises(store.BackupError):
        store.restore(f"sqlite:///{live}", bad)
    assert _digest(live) == before and _leftovers(folder) == []


# -- daily ---------------------------------------------------------------------------

def test_daily_twice_the_same_day_makes_one(sqlite_database, worker, tmp_path):
    folder = tmp_path / "daily"
    first = backups.run_daily(worker, folder, keep=3)  # automatic: any desk runs it
    assert first.path == folder / "one-window-2026-11-23.sqlite3"
    assert backups.run_daily(worker, folder, keep=3) is None
    assert [p.name for p in folder.iterdir()] == ["one-window-2026-11-23.sqlite3"]
    assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
    entries = _rows(_live_path(sqlite_database), "SELECT operation, username FROM audit_entry WHERE action = 'backup'")
    assert entries == [("backups.run_daily", "王晓梅")] or entries == [("backups.run_daily", "wangxm")]


def test_rotation_keeps_the_newest_n(sqlite_database, tmp_path):
    folder = tmp_path / "daily"
    folder.mkdir()
    (folder / "notes.txt").write_text("not a backup")
    (folder / "one-window-2026-01-01.sqlite3.tmp").write_text("")
    start = date(2026, 11, 1)
    for n in range(6):
        assert store.daily_backup(sqlite_database, folder, keep=4, today=start + timedelta(days=n)) is not None
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["notes.txt", "one-window-2026-01-01.sqlite3.tmp", "one-window-2026-11-03.sqlite3",
                     "one-window-2026-11-04.sqlite3", "one-window-2026-11-05.sqlite3", "one-window-2026-11-06.sqlite3"]
    with pytest.raises(store.BackupError) as err:
        store.daily_backup(sqlite_database, folder, keep=0)
    assert err.value.key == "backup_keep"


# -- the data folder at rest ---------------------------------------------------------

def test_a_fresh_data_folder_and_database_are_private(tmp_path, monkeypatch):
    monkeypatch.delenv(dbmod.ENV_URL, raising=False)
    url = dbmod.resolve_url(None, tmp_path / "fresh" / "one-window")
    database = dbmod.connect(url)
    try:
        folder = tmp_path / "fresh" / "one-window"
        assert oct(folder.stat().st_mode & 0o777) == oct(0o700)
        assert oct((folder / "one-window.sqlite3").stat().st_mode & 0o777) == oct(0o600)
        with database.engine.connect() as c:
            assert c.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == HEAD
    finally:
        database.dispose()


def test_an_sqlcipher_url_is_accepted_or_explained(tmp_path):
    url = f"sqlite+pysqlcipher://:secret@/{tmp_path / 'enc.sqlite3'}"
    try:
        database = dbmod.connect(url)
    except dbmod.DatabaseError as err:
        assert "sqlcipher3" in str(err)
    else:  # pragma: no cover - only where sqlcipher3 is installed
        database.dispose()


# -- the command line ----------------------------------------------------------------

def run(*args):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])


@pytest.fixture
def cli_db(tmp_path, sqlite_template):
    path = tmp_path / "cli.sqlite3"
    path.write_bytes(Path(sqlite_template).read_bytes())
    return path


def test_cli_backup_daily_and_restore(cli_db, tmp_path):
    url = f"sqlite:///{cli_db}"
    done = run("--database", url, "--lang", "en", "backup", "--out", str(tmp_path / "copies") + "/")
    assert done.returncode == 0, done.stderr
    assert "integrity ok" in done.stdout
    [copy] = list((tmp_path / "copies").iterdir())
    done = run("--database", url, "backup", "--daily", str(tmp_path / "daily"), "--keep", "2")
    assert done.returncode == 0 and "已备份到" in done.stdout, done.stderr
    done = run("--database", url, "backup", "--daily", str(tmp_path / "daily"), "--keep", "2")
    assert done.returncode == 0 and "已存在" in done.stdout
    assert len(list((tmp_path / "daily").iterdir())) == 1
    done = run("--database", url, "--lang", "en", "restore", str(copy))
    assert done.returncode == 0, done.stderr
    kept = next(p for p in tmp_path.iterdir() if "before-restore" in p.name)
    assert str(kept) in done.stdout
    audited = "SELECT action, username FROM audit_entry WHERE action IN ('backup', 'restore') ORDER BY id"
    # The copy was taken before its own entry was written: the restored data holds only the restore.
    restored = _rows(cli_db, audited)
    assert [a for a, _ in restored] == ["restore"]
    assert [a for a, _ in _rows(kept, audited)] == ["backup", "backup"]
    assert all(u.startswith("cli") for _, u in restored + _rows(kept, audited))


def test_cli_refuses_bad_input_with_exit_2(cli_db, tmp_path):
    url = f"sqlite:///{cli_db}"
    before = _digest(cli_db)
    done = run("--database", url, "--lang", "en", "restore", str(tmp_path / "missing.sqlite3"))
    assert done.returncode == 2 and "File not found" in done.stderr
    text = tmp_path / "x.txt"
    text.write_text("hello " * 100)
    done = run("--database", url, "restore", str(text))
    assert done.returncode == 2 and "不是一窗通的备份文件" in done.stderr
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = run("--database", url, "--lang", "en", "backup", "--out", str(blocker / "b.sqlite3"))
    assert done.returncode == 2 and "cannot be written" in done.stderr
    done = run("--database", url, "backup", "--daily", str(tmp_path / "d"), "--keep", "0")
    assert done.returncode == 2 and "保留份数" in done.stderr
    done = run("--database", url, "backup", "--out", str(tmp_path / "a"), "--keep", "3")
    assert done.returncode == 2
    done = run("--database", url, "backup")
    assert done.returncode == 2  # argparse: --out or --daily
    assert _digest(cli_db) == before


# -- PostgreSQL ----------------------------------------------------------------------

@pytest.mark.postgres
def test_postgres_backup_is_a_custom_format_dump(request, tmp_path):
    if not store.pg_tool("pg_dump"):
        pytest.skip("pg_dump is not installed")
    admin, base = request.getfixturevalue("pg_template")  # skips with the reason when no server starts
    from sqlalchemy import text

    name = f"ow_backup_{os.getpid()}"
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE ow_template"))
    try:
        info = store.backup(f"{base}/{name}", tmp_path)
        assert info.path.suffix == ".dump" and info.bytes > 1000
        assert info.path.read_bytes()[:5] == b"PGDMP"
        assert info.tables["station"] == 1 and info.tables["affair"] > 0
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    finally:
        with admin.connect() as c:
            c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
