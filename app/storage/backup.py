"""Backups and restore of a station database, and the daily rotation.

SQLite: the online backup API copies a consistent snapshot page by page while
the desks keep writing; the copy is written beside its destination and renamed
only once it passed `PRAGMA integrity_check`, so there is never half a backup
under the real name. A restore checks the file the same way before anything is
touched and keeps the database it replaces.

PostgreSQL: `pg_dump --format=custom` (restored with `pg_restore`, see README).
"""
from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from app.migrations import HEAD

BUSY_SECONDS = 5.0
STEP_PAGES = 256  # a step holds the read snapshot only; writers are never blocked under WAL
DAILY_NAME = re.compile(r"^one-window-(\d{4}-\d{2}-\d{2})\.(sqlite3|dump)$")
_SIDE_FILES = ("-wal", "-shm", "-journal")

MESSAGES: dict[str, tuple[str, str]] = {
    "backup_unwritable": ("无法写入备份或数据库文件：{detail}（未做任何更改）。",
                          "The backup or database file cannot be written: {detail} (nothing was changed)."),
    "backup_unreadable": ("无法读取数据库：{detail}。", "The database cannot be read: {detail}."),
    "backup_missing": ("找不到文件：{path}。", "File not found: {path}."),
    "backup_memory": ("内存数据库无法备份或恢复。", "An in-memory database cannot be backed up or restored."),
    "backup_same_file": ("备份文件不能与正在使用的数据库是同一个文件：{path}。",
                         "The backup cannot be the database in use itself: {path}."),
    "backup_not_sqlite": ("不是一窗通的备份文件（无法作为 SQLite 数据库打开）：{path}。未做任何更改。",
                          "Not a One Window backup (it does not open as an SQLite database): {path}."
                          " Nothing was changed."),
    "backup_corrupt": ("备份文件已损坏（完整性检查未通过：{detail}）。未做任何更改。",
                       "The backup is damaged (integrity check failed: {detail}). Nothing was changed."),
    "backup_schema": ("该文件不含一窗通的数据表：{path}。未做任何更改。",
                      "The file does not hold One Window's tables: {path}. Nothing was changed."),
    "backup_too_new": ("备份由更新版本的一窗通创建（数据版本 {revision}，本程序为 {head}），请先升级程序。未做任何更改。",
                       "The backup was written by a newer One Window (schema {revision}, this program has {head});"
                       " upgrade the program first. Nothing was changed."),
    "backup_no_station": ("备份中没有服务站数据：{path}。未做任何更改。",
                          "The backup holds no station: {path}. Nothing was changed."),
    "backup_restore_pg": ("程序内只能恢复 SQLite 数据库；PostgreSQL 请使用 pg_restore（见说明文档）。",
                          "Only an SQLite database can be restored here; restore PostgreSQL with pg_restore"
                          " (see the README)."),
    "backup_pg_dump_missing": ("找不到 pg_dump，请安装 PostgreSQL 客户端工具。",
                               "pg_dump was not found; install the PostgreSQL client tools."),
    "backup_pg_dump_failed": ("pg_dump 备份失败：{detail}", "pg_dump failed: {detail}"),
    "backup_keep": ("保留份数至少为 1（当前 {keep}）。", "Keep at least 1 backup (not {keep})."),
    "backup_sqlcipher_missing": ("加密数据库需要安装 sqlcipher3。", "An encrypted database needs sqlcipher3 installed."),
}


class BackupError(Exception):
    """A refused backup or restore; nothing was replaced. The text is bilingual."""

    def __init__(self, key: str, **params):
        self.key = key
        self.params = {k: str(v) for k, v in params.items()}
        super().__init__(f"{self.text('zh')} / {self.text('en')}")

    def text(self, lang: str = "zh") -> str:
        zh, en = MESSAGES[self.key]
        return (zh if lang.startswith("zh") else en).format(**self.params)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    bytes: int
    tables: dict[str, int] = field(hash=False)  # table -> rows, in the backup itself
    integrity: str  # "ok": a copy that fails the check is deleted, never returned
    seconds: float

    @property
    def rows(self) -> int:
        return sum(self.tables.values())


@dataclass(frozen=True)
class RestoreInfo:
    path: Path  # the database now holding the backup's data
    replaced_kept_at: Path | None  # the database it replaced (None if there was none)
    revision: str  # the backup's schema revision (an older one is upgraded when the station opens it)
    tables: dict[str, int] = field(hash=False)


# -- targets -----------------------------------------------------------------------

def _url(url_or_database) -> URL:
    return make_url(getattr(url_or_database, "url", url_or_database))


def is_sqlite(url_or_database) -> bool:
    return _url(url_or_database).get_backend_name() == "sqlite"


def _sqlite_target(url: URL) -> tuple[Path, str | None]:
    """The database file and, for SQLCipher, its key."""
    if not url.database or url.database == ":memory:" or url.database.startswith("file::memory:"):
        raise BackupError("backup_memory")
    key = url.password if url.drivername == "sqlite+pysqlcipher" else None
    if url.drivername == "sqlite+pysqlcipher" and key is None:
        key = ""
    return Path(url.database).resolve(), key


def _module(key: str | None):
    if key is None:
        return sqlite3
    try:
        import sqlcipher3  # type: ignore[import-not-found]
    except ImportError:
        raise BackupError("backup_sqlcipher_missing") from None
    return sqlcipher3


def _open(path: Path, key: str | None, *, create: bool = False):
    """An autocommit connection; an existing file is never created by mistake."""
    mod = _module(key)
    target = path.resolve().as_uri() + ("?mode=rwc" if create else "?mode=rw")
    conn = mod.connect(target, uri=True, isolation_level=None, timeout=BUSY_SECONDS)
    if key is not None:
        conn.execute("PRAGMA key = '%s'" % key.replace("'", "''"))
    return conn


def _temp_beside(path: Path) -> Path:
    return path.with_name(f".{path.name}.{os.getpid()}-{uuid.uuid4().hex[:8]}.tmp")


def _remove(path: Path) -> None:
    for suffix in ("", *_SIDE_FILES):
        try:
            os.unlink(f"{path}{suffix}")
        except FileNotFoundError:
            pass
        except OSError:  # pragma: no cover - a leftover temp file is harmless
            pass


def _integrity(conn) -> str:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return "ok" if rows == ["ok"] else "; ".join(rows[:5])


def _counts(conn) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {n: conn.execute('SELECT count(*) FROM "%s"' % n.replace('"', '""')).fetchone()[0] for n in names}


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve() or (a.exists() and b.exists() and os.path.samefile(a, b))
    except OSError:
        return False


def default_name(now: datetime, sqlite: bool = True) -> str:
    return f"one-window-{now:%Y%m%d-%H%M%S}" + (".sqlite3" if sqlite else ".dump")


# -- backup ------------------------------------------------------------------------

def backup(url_or_database, out: Path | str, *, now: datetime | None = None, pages: int = STEP_PAGES,
           sleep: float = 0.0) -> BackupInfo:
    """Copy the database to `out` (a file, or an existing folder: a dated name is used).

    The result opened and passed the integrity check; otherwise nothing is left at `out`."""
    url = _url(url_or_database)
    sqlite = url.get_backend_name() == "sqlite"
    folder = str(out).endswith(("/", os.sep))  # "backups/" names a folder even before it exists
    out = Path(out)
    if folder or out.is_dir():
        out = out / default_name(now or datetime.now(), sqlite)
    started = time.monotonic()
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise BackupError("backup_unwritable", detail=f"{out}: {err.strerror or err}") from err
    if sqlite:
        tables = _backup_sqlite(url, out, pages, sleep)
    elif url.get_backend_name() == "postgresql":
        tables = _backup_postgres(url, out)
    else:  # pragma: no cover - the app runs on SQLite or PostgreSQL only
        raise BackupError("backup_unreadable", detail=url.get_backend_name())
    return BackupInfo(out, out.stat().st_size, tables, "ok", round(time.monotonic() - started, 3))


def _backup_sqlite(url: URL, out: Path, pages: int, sleep: float) -> dict[str, int]:
    source, key = _sqlite_target(url)
    if not source.is_file():
        raise BackupError("backup_missing", path=source)
    if _same_file(source, out):
        raise BackupError("backup_same_file", path=out)
    tmp = _temp_beside(out)
    try:
        try:
            src = _open(source, key)
        except sqlite3.Error as err:
            raise BackupError("backup_unreadable", detail=err) from err
        try:
            try:
                dst = _open(tmp, key, create=True)
            except sqlite3.Error as err:
                raise BackupError("backup_unwritable", detail=f"{out}: {err}") from err
            try:
                _copy_snapshot(src, dst, pages, sleep)
                # One self-contained file: no -wal beside the copy.
                dst.execute("PRAGMA journal_mode=DELETE")
                check = _integrity(dst)
                if check != "ok":
                    raise BackupError("backup_corrupt", detail=check)
                tables = _counts(dst)
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, 0o600)  # the whole community's personal data
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except sqlite3.Error as err:
        _remove(tmp)
        raise BackupError("backup_unreadable", detail=err) from err
    except OSError as err:
        _remove(tmp)
        raise BackupError("backup_unwritable", detail=f"{out}: {err.strerror or err}") from err
    except BaseException:
        _remove(tmp)
        raise
    return tables


def _copy_snapshot(src, dst, pages: int, sleep: float) -> None:
    # Under WAL a read transaction held across the steps pins one snapshot: the copy
    # is consistent, never restarts because a desk wrote, and never blocks that desk.
    wal = str(src.execute("PRAGMA journal_mode").fetchone()[0]).lower() == "wal"
    if wal:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()
    try:
        # A pause after each step gives the other threads of this process (the desk's) their turn.
        pause = (lambda _status, _remaining, _total: time.sleep(sleep)) if sleep > 0 else None
        src.backup(dst, pages=pages, progress=pause)
    finally:
        if wal:
            src.execute("COMMIT")


def _libpq(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq URI for the client tools; the password goes in the environment, not the process list."""
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    plain = url.set(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False), env


def pg_tool(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    import glob

    versions = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(p.split("/")[4])
                      if p.split("/")[4].isdigit() else 0)
    return versions[-1] if versions else None


def _backup_postgres(url: URL, out: Path) -> dict[str, int]:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    exe = pg_tool("pg_dump")
    if not exe:
        raise BackupError("backup_pg_dump_missing")
    target, env = _libpq(url)
    driver = url.set(drivername="postgresql+psycopg") if url.drivername == "postgresql" else url
    engine = create_engine(driver, poolclass=NullPool)
    tmp = _temp_beside(out)
    try:
        with engine.connect().execution_options(isolation_level="REPEATABLE READ") as conn, conn.begin():
            # pg_dump reads the snapshot this transaction exported, so the counts match the dump.
            snapshot = conn.exec_driver_sql("SELECT pg_export_snapshot()").scalar()
            names = [r[0] for r in conn.exec_driver_sql(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                " AND table_type = 'BASE TABLE' ORDER BY table_name")]
            tables = {n: conn.exec_driver_sql('SELECT count(*) FROM "%s"' % n.replace('"', '""')).scalar()
                      for n in names}
            done = subprocess.run([exe, "--format=custom", "--no-password", f"--snapshot={snapshot}",
                                   f"--file={tmp}", f"--dbname={target}"],
                                  capture_output=True, text=True, env=env)
        if done.returncode != 0:
            raise BackupError("backup_pg_dump_failed", detail=(done.stderr or done.stdout).strip()[:500])
        lister = pg_tool("pg_restore")
        if lister:
            listed = subprocess.run([lister, "--list", str(tmp)], capture_output=True, text=True)
            if listed.returncode != 0:
                raise BackupError("backup_corrupt", detail=listed.stderr.strip()[:500])
        os.chmod(tmp, 0o600)
        os.replace(tmp, out)
    except OSError as err:
        _remove(tmp)
        raise BackupError("backup_unwritable", detail=f"{out}: {err.strerror or err}") from err
    except BaseException:
        _remove(tmp)
        raise
    finally:
        engine.dispose()
    return tables


# -- restore -----------------------------------------------------------------------

def check_backup(path: Path | str, *, key: str | None = None) -> tuple[str, dict[str, int]]:
    """(schema revision, table -> rows) of a restorable backup; BackupError says why not."""
    path = Path(path)
    if not path.is_file():
        raise BackupError("backup_missing", path=path)
    try:
        conn = _open(path, key)
    except sqlite3.Error as err:
        raise BackupError("backup_not_sqlite", path=path) from err
    try:
        return _check(conn, path)
    finally:
        conn.close()


def _check(conn, path: Path) -> tuple[str, dict[str, int]]:
    try:
        check = _integrity(conn)
    except sqlite3.DatabaseError as err:
        if "not a database" in str(err) or "encrypted" in str(err):
            raise BackupError("backup_not_sqlite", path=path) from err
        raise BackupError("backup_corrupt", detail=err) from err
    if check != "ok":
        raise BackupError("backup_corrupt", detail=check)
    try:
        tables = _counts(conn)
        if "alembic_version" not in tables or "station" not in tables:
            raise BackupError("backup_schema", path=path)
        revisions = sorted(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    except sqlite3.DatabaseError as err:
        raise BackupError("backup_corrupt", detail=err) from err
    if not revisions:
        raise BackupError("backup_schema", path=path)
    for revision in revisions:
        older = revision.isdigit() and HEAD.isdigit() and int(revision) < int(HEAD)
        if revision != HEAD and not older:
            raise BackupError("backup_too_new", revision=revision, head=HEAD)
    if not tables["station"]:
        raise BackupError("backup_no_station", path=path)
    return revisions[-1], tables


def restore(url_or_database, backup_path: Path | str, *, now: datetime | None = None) -> RestoreInfo:
    """Replace an SQLite database with a backup, keeping the replaced one beside it.

    Every check runs on a private copy first: a refused file, or a target that cannot
    be written, leaves the database exactly as it was. Close the desks first: a desk
    still connected keeps writing into the replaced file."""
    url = _url(url_or_database)
    if url.get_backend_name() != "sqlite":
        raise BackupError("backup_restore_pg")
    target, key = _sqlite_target(url)
    source = Path(backup_path)
    if not source.is_file():
        raise BackupError("backup_missing", path=source)
    if _same_file(source, target):
        raise BackupError("backup_same_file", path=source)
    tmp = _temp_beside(target)
    try:
        try:
            shutil.copyfile(source, tmp)
        except OSError as err:
            raise BackupError("backup_unwritable", detail=f"{target}: {err.strerror or err}") from err
        try:
            conn = _open(tmp, key)
        except sqlite3.Error as err:
            raise BackupError("backup_not_sqlite", path=source) from err
        try:
            revision, tables = _check(conn, source)
            conn.execute("PRAGMA journal_mode=DELETE")
        finally:
            conn.close()
        kept = None
        if target.exists():
            kept = _kept_name(target, now or datetime.now())
            _keep(target, kept, key)
        _retire_side_files(target, key)
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as err:
        _remove(tmp)
        raise BackupError("backup_unwritable", detail=f"{target}: {err.strerror or err}") from err
    except BaseException:
        _remove(tmp)
        raise
    return RestoreInfo(target, kept, revision, tables)


def _kept_name(target: Path, now: datetime) -> Path:
    base = f"{target.stem}.before-restore-{now:%Y%m%d-%H%M%S}"
    kept = target.with_name(base + ".sqlite3")
    n = 2
    while kept.exists():
        kept = target.with_name(f"{base}-{n}.sqlite3")
        n += 1
    return kept


def _keep(target: Path, kept: Path, key: str | None) -> None:
    """A consistent copy through SQLite (it reads the -wal too); a damaged database,
    the usual reason to restore, is kept as its raw files instead."""
    tmp = _temp_beside(kept)
    try:
        src = _open(target, key)
        try:
            dst = _open(tmp, key, create=True)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        os.chmod(tmp, 0o600)
        os.replace(tmp, kept)
    except (sqlite3.Error, BackupError):
        _remove(tmp)
        for suffix in ("", "-wal"):
            if Path(f"{target}{suffix}").exists():
                shutil.copy2(f"{target}{suffix}", f"{kept}{suffix}")
                os.chmod(f"{kept}{suffix}", 0o600)
    except BaseException:
        _remove(tmp)
        raise


def _retire_side_files(target: Path, key: str | None) -> None:
    # The old database's -wal would be replayed into the restored file: fold it in, then remove it.
    if target.exists():
        try:
            conn = _open(target, key)
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
            finally:
                conn.close()
        except (sqlite3.Error, BackupError):
            pass  # damaged: it is kept as raw files already
    for suffix in _SIDE_FILES:
        try:
            os.unlink(f"{target}{suffix}")
        except FileNotFoundError:
            pass


# -- daily -------------------------------------------------------------------------

def daily_backup(url_or_database, folder: Path | str, keep: int = 14, today: date | None = None, *,
                 now: datetime | None = None) -> BackupInfo | None:
    """At most one backup a day (`one-window-YYYY-MM-DD.sqlite3`), the newest `keep` kept.

    None when today's backup exists already."""
    if keep < 1:
        raise BackupError("backup_keep", keep=keep)
    folder = Path(folder)
    today = today or (now.date() if now else date.today())
    sqlite = is_sqlite(url_or_database)
    try:
        if not folder.is_dir():
            folder.mkdir(parents=True)
            os.chmod(folder, 0o700)
    except OSError as err:
        raise BackupError("backup_unwritable", detail=f"{folder}: {err.strerror or err}") from err
    out = folder / (f"one-window-{today:%Y-%m-%d}" + (".sqlite3" if sqlite else ".dump"))
    info = None if out.exists() else backup(url_or_database, out, now=now)
    rotate(folder, keep)
    return info


def rotate(folder: Path | str, keep: int) -> list[Path]:
    """Delete the oldest daily backups beyond `keep`; other files in the folder are left alone."""
    dated = sorted((p for p in Path(folder).iterdir() if DAILY_NAME.match(p.name) and p.is_file()),
                   key=lambda p: DAILY_NAME.match(p.name).group(1), reverse=True)
    gone = dated[keep:]
    for p in gone:
        p.unlink()
    return gone
