"""A station's first day: which database to use, and creating the station in it.

`check_database` looks at a URL without changing anything there (the wizard's "Test
connection"); `create_station` writes the station, its catalogue, its opening hours and
its administrator in one transaction, so a refused setup leaves the database empty.
"""
from __future__ import annotations

import os
import sqlite3
from datetime import time
from pathlib import Path

from sqlalchemy import create_engine, func, inspect, select, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from app import db as dbmod
from app.models import AffairType, Staff, Station

from . import accounts, catalogue, errors, station
from .audit_trail import record
from .context import Actor, ServiceContext
from .errors import DomainError, ValidationError
from .permissions import Perm, Role
from .reception_dto import SlotRuleInfo
from .setup_dto import AdminAccount, DatabaseCheck, StationSetup
from .uow import writing

CONNECT_TIMEOUT_S = 5
SQLITE_FILE = "one-window.sqlite3"  # as app.db.resolve_url names the default database
DEFAULT_ADMIN = AdminAccount("admin", "系统管理员", "")
# A Beijing station's usual week: mornings and afternoons on working days, half-hour slots of three.
DEFAULT_HOURS: tuple[SlotRuleInfo, ...] = tuple(
    SlotRuleInfo(weekday, start, end, 30, 3)
    for weekday in range(5)
    for start, end in ((time(8, 30), time(12, 0)), (time(13, 30), time(17, 30)))
)

errors.register({
    "setup_db_url": ("数据库地址格式不正确：{detail}", "The database URL is not valid: {detail}"),
    "setup_db_backend": ("只支持本机 SQLite 或 PostgreSQL 数据库（地址以 sqlite:// 或 postgresql:// 开头）。",
                         "Only a local SQLite or a PostgreSQL database can be used "
                         "(the URL starts with sqlite:// or postgresql://)."),
    "setup_db_driver": ("未安装数据库驱动 {driver}，无法连接。", "The database driver {driver} is not installed."),
    "setup_db_unreachable": ("无法连接数据库服务器 {host}：{detail}。请检查服务器地址、端口和网络。",
                             "The database server {host} cannot be reached: {detail}. "
                             "Check the server name, the port and the network."),
    "setup_db_auth": ("数据库用户名或密码不正确（用户 {user}）。",
                      "The database user name or password is wrong (user {user})."),
    "setup_db_missing": ("服务器上没有名为 {name} 的数据库，请先由管理员创建。",
                         "The server has no database named {name}; ask its administrator to create it."),
    "setup_db_not_database": ("{path} 不是数据库文件，请选择其他文件夹。",
                              "{path} is not a database file; choose another folder."),
    "setup_db_folder": ("无法在文件夹 {folder} 中建立数据库：{detail}",
                        "A database cannot be created in the folder {folder}: {detail}"),
    "setup_db_newer": ("该数据库由更新版本的一窗通建立（版本 {revision}），请先升级本程序。",
                       "The database was written by a newer One Window (revision {revision}); "
                       "upgrade this program first."),
    "setup_station_exists": ("数据库中已有服务站“{name}”（{code}），不能再次初始化；可直接连接使用。",
                             "The database already holds the station {name} ({code}); it cannot be set up "
                             "again, but this computer can use it."),
    "setup_admin_name_required": ("请填写管理员姓名。", "Enter the administrator's name."),
    "setup_admin_name_long": ("管理员姓名过长（最多{max}字）。", "The administrator's name is too long (at most {max})."),
})


# -- the database ---------------------------------------------------------------

def masked_url(url: str) -> str:
    """The URL fit to show on screen: the password as ***."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (sa_exc.ArgumentError, ValueError):
        return url


def sqlite_url(folder: Path | str) -> str:
    return f"sqlite:///{Path(folder) / SQLITE_FILE}"


def sqlite_folder(url: str | None) -> Path | None:
    """The folder of a local SQLite database URL, else None."""
    try:
        parsed = make_url(url or "")
    except (sa_exc.ArgumentError, ValueError):
        return None
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database).parent


def _parse(url: str):
    try:
        parsed = make_url((url or "").strip())
    except (sa_exc.ArgumentError, ValueError) as err:
        raise ValidationError("setup_db_url", detail=str(err).splitlines()[0][:200]) from None
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise ValidationError("setup_db_backend")
    if parsed.get_backend_name() == "sqlite" and (not parsed.database or parsed.database == ":memory:"):
        raise ValidationError("setup_db_url", detail="sqlite:///<file>")
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # as app.db.connect
    return parsed


def check_url(url: str) -> str:
    """The URL, trimmed, if it names a database this program can use (without connecting)."""
    _parse(url)
    return url.strip()


def _folder_problem(path: Path) -> str | None:
    """Why a new database file cannot be created at `path`, or None."""
    folder = path.parent
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        return f"{existing}: not a folder"
    if not os.access(existing, os.W_OK | os.X_OK):
        return f"{existing}: permission denied"
    return None


def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory(str(dbmod.MIGRATIONS)).walk_revisions()}


def _connection_refusal(err: Exception, parsed) -> DomainError:
    text_ = str(getattr(err, "orig", err))
    low = text_.lower()
    if "file is not a database" in low or "not a database" in low or "file is encrypted" in low:
        return ValidationError("setup_db_not_database", path=parsed.database)
    if "password authentication failed" in low or "no password supplied" in low or (
            "role" in low and "does not exist" in low):
        return ValidationError("setup_db_auth", user=parsed.username or "-")
    if "database" in low and "does not exist" in low:
        return ValidationError("setup_db_missing", name=parsed.database or "-")
    detail = next((line.strip() for line in text_.splitlines() if line.strip()), type(err).__name__)
    return ValidationError("setup_db_unreachable", host=parsed.host or parsed.database or "-", detail=detail[:200])


def check_database(url: str, timeout_s: int = CONNECT_TIMEOUT_S) -> DatabaseCheck:
    """What is at `url`: reachable, empty or holding a station, and whether this program can use it.

    Changes nothing: a missing SQLite file is not created, no schema is upgraded."""
    parsed = _parse(url)
    shown = parsed.render_as_string(hide_password=True)
    if parsed.get_backend_name() == "sqlite":
        path = Path(parsed.database)
        if path.is_dir():
            raise ValidationError("setup_db_not_database", path=str(path))
        if not path.exists():
            problem = _folder_problem(path)
            if problem:
                raise ValidationError("setup_db_folder", folder=str(path.parent), detail=problem)
            return DatabaseCheck(shown, "SQLite", sqlite3.sqlite_version, False, True, "", "", False)
        kwargs: dict = {"connect_args": {"timeout": timeout_s}}
    else:
        kwargs = {"connect_args": {"connect_timeout": int(timeout_s)}}
    try:
        engine = create_engine(parsed, poolclass=NullPool, **kwargs)
    except ImportError as err:
        raise ValidationError("setup_db_driver", driver=err.name or parsed.drivername) from None
    try:
        with engine.connect() as conn:
            if engine.dialect.name == "sqlite":
                backend, version = "SQLite", conn.exec_driver_sql("SELECT sqlite_version()").scalar()
            else:
                backend = "PostgreSQL"
                version = ".".join(str(n) for n in (engine.dialect.server_version_info or ()))
            tables = set(inspect(conn).get_table_names())
            revisions = ({row[0] for row in conn.execute(text("SELECT version_num FROM alembic_version"))}
                         if "alembic_version" in tables else set())
            held = ""
            if "station" in tables:
                row = conn.execute(select(Station.name, Station.code).order_by(Station.id).limit(1)).first()
                held = f"{row.name} ({row.code})" if row else ""
    except (sa_exc.OperationalError, sa_exc.DatabaseError, sa_exc.InterfaceError) as err:
        raise _connection_refusal(err, parsed) from None
    finally:
        engine.dispose()
    unknown = revisions - _known_revisions()
    if unknown:
        raise ValidationError("setup_db_newer", revision=", ".join(sorted(unknown)))
    from app.migrations import HEAD

    return DatabaseCheck(shown, backend, str(version), True, not (tables - {"alembic_version"}), held,
                         ", ".join(sorted(revisions)), bool(revisions) and revisions != {HEAD})


def current_database(ctx: ServiceContext) -> DatabaseCheck:
    """The database this desk is working in, as the settings screen shows it."""
    ctx.require(Perm.SEARCH)
    engine = ctx.read_sessions.kw["bind"]
    return check_database(engine.url.render_as_string(hide_password=False))


# -- the station -------------------------------------------------------------------

def validate_admin(admin: AdminAccount) -> AdminAccount:
    """The administrator's account as it will be created (the password under the accounts' rules)."""
    username = "".join(ch for ch in (admin.username or "") if ch.isprintable()).strip().lower()
    if not accounts._USERNAME.fullmatch(username):
        raise ValidationError("username_invalid")
    name = "".join(ch for ch in (admin.name or "") if ch.isprintable()).strip()
    if not name:
        raise ValidationError("setup_admin_name_required")
    if len(name) > 64:
        raise ValidationError("setup_admin_name_long", max=64)
    accounts.check_password(admin.password, username)
    return AdminAccount(username, name, admin.password)


def create_station(ctx: ServiceContext, setup: StationSetup) -> Actor:
    """The station, its catalogue, opening hours and administrator, in one transaction on a database
    that holds no station yet. Returns the administrator, signed in at `setup.desk`."""
    details = station.validate_details(setup.station)
    hours = station.check_hours(setup.hours)
    admin = validate_admin(setup.admin)
    hashed = accounts.hash_password(admin.password)
    now = ctx.now()
    with writing(ctx, audited=False) as s:
        if s.get_bind().dialect.name == "postgresql":
            # Two computers finishing the setup at once on one server: the second waits, then is refused.
            s.execute(text("LOCK TABLE station IN SHARE ROW EXCLUSIVE MODE"))
        existing = s.scalars(select(Station).order_by(Station.id).limit(1)).first()
        if existing is not None:
            raise ValidationError("setup_station_exists", name=existing.name, code=existing.code)
        st = Station(name=details.name, code=details.code, subdistrict=details.subdistrict,
                     address=details.address, phone=details.phone)
        s.add(st)
        s.flush()
        catalogue.seed_from_resource(s)
        s.add_all(station.slot_rows(st.id, hours))
        member = Staff(station_id=st.id, username=admin.username, name=admin.name, role=Role.ADMIN.value,
                       active=True, password_hash=hashed, failed_logins=0, password_changed_at=now)
        s.add(member)
        s.flush()
        types = s.scalar(select(func.count(AffairType.id)))
        actor = Actor(member.id, member.name, member.role, st.id, setup.desk)
        record(s, actor, now, "setup", operation="setup.create_station", target=f"station:{st.id}",
               detail=f"{details.code} {details.name}; {len(hours)} opening periods; {types} affair types; "
                      f"administrator {admin.username}")
        return actor
