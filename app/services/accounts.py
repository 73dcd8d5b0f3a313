"""Staff accounts: passwords (hashlib.scrypt), sign-in with lockout, and their administration.

The station's computer stands in an open hall: five wrong passwords lock the
account for a quarter of an hour, every sign-in and failure is audited, and no
password ships with the program — the first start asks for the administrator's.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import Staff

from . import errors
from .audit_trail import record
from .context import Actor, ServiceContext
from .errors import DomainError, NotFound, ValidationError
from .permissions import ROLE_LABELS, Perm, Role
from .uow import reading, writing

MAX_FAILURES = 5
LOCK_MINUTES = 15
PASSWORD_MIN = 8
PASSWORD_MAX = 128
# 2**14 × 8 × 1: about 16 MB and a few tens of milliseconds per check — cheap at a desk, dear for a guesser.
_N, _R, _P = 2 ** 14, 8, 1
_USERNAME = re.compile(r"[a-z][a-z0-9_.-]{1,31}")

errors.register({
    "login_failed": ("用户名或密码不正确（再错 {left} 次将锁定账号 {minutes} 分钟）。",
                     "Wrong user name or password ({left} more and the account is locked for {minutes} minutes)."),
    "login_locked": ("账号已锁定，请 {minutes} 分钟后再试，或请管理员解锁。",
                     "The account is locked; try again in {minutes} minutes or ask the administrator to unlock it."),
    "login_inactive": ("该账号已停用，请联系管理员。", "This account is disabled; ask the administrator."),
    "login_no_password": ("该账号尚未设置密码，请管理员先设置。", "This account has no password yet; ask the administrator."),
    "password_short": ("密码至少 {min} 位。", "A password needs at least {min} characters."),
    "password_long": ("密码最多 {max} 位。", "A password has at most {max} characters."),
    "password_weak": ("密码需同时包含字母和数字。", "A password needs both letters and digits."),
    "password_same_as_user": ("密码不能与用户名相同。", "The password must differ from the user name."),
    "password_wrong": ("原密码不正确。", "The current password is wrong."),
    "setup_done": ("管理员密码已设置，请用管理员账号登录后修改。",
                   "The administrator's password is already set; sign in as administrator to change it."),
    "username_invalid": ("用户名须为2–32位小写字母、数字或 _ . -，以字母开头。",
                         "A user name is 2–32 lower-case letters, digits or _ . -, starting with a letter."),
    "username_taken": ("用户名 {username} 已被使用。", "The user name {username} is taken."),
    "role_unknown": ("未知的角色：{role}。", "Unknown role: {role}."),
    "last_admin": ("不能停用或降级最后一个管理员账号。", "The last administrator account cannot be disabled or demoted."),
})


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    name: str
    role: str
    role_zh: str
    role_en: str
    active: bool
    has_password: bool
    locked_until: datetime | None
    failed_logins: int


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        got = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                             dklen=len(digest) // 2, maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got.hex(), digest)


def check_password(password: str, username: str = "") -> str:
    if not isinstance(password, str) or len(password) < PASSWORD_MIN:
        raise ValidationError("password_short", min=PASSWORD_MIN)
    if len(password) > PASSWORD_MAX:
        raise ValidationError("password_long", max=PASSWORD_MAX)
    if not (re.search(r"[A-Za-z]", password) and re.search(r"\d", password)):
        raise ValidationError("password_weak")
    if username and password.lower() == username.lower():
        raise ValidationError("password_same_as_user")
    return password


def _minutes_left(until: datetime, now: datetime) -> int:
    return max(1, -(-int((until - now).total_seconds()) // 60))


def login(ctx: ServiceContext, username: str, password: str, desk: str = "", station_id: int | None = None) -> Actor:
    """The staff member signing in at this desk. Failures are counted and audited whatever happens next."""
    now = ctx.now()
    # Whatever was typed: control characters (a NUL PostgreSQL refuses to store) never reach the database.
    username = "".join(ch for ch in (username or "") if ch.isprintable()).strip().lower()[:64]
    refusal: DomainError | None = None
    with writing(ctx, audited=False) as s:
        query = select(Staff).where(Staff.username == username)
        if station_id is not None:
            query = query.where(Staff.station_id == station_id)
        member = s.scalars(query.order_by(Staff.id).limit(1)).first()
        if member is None:
            record(s, None, now, "login_failed", target=f"user:{username[:40]}", username=username[:64],
                   detail="unknown user", station_id=station_id)
            refusal = ValidationError("login_failed", left=MAX_FAILURES, minutes=LOCK_MINUTES)
        else:
            actor = Actor(member.id, member.name, member.role, member.station_id, desk)
            if member.locked_until and member.locked_until > now:
                record(s, actor, now, "login_failed", target=f"staff:{member.id}", detail="locked")
                refusal = DomainError("login_locked", minutes=_minutes_left(member.locked_until, now))
            elif not member.active:
                record(s, actor, now, "login_failed", target=f"staff:{member.id}", detail="inactive")
                refusal = DomainError("login_inactive")
            elif not member.password_hash:
                refusal = DomainError("login_no_password")
            elif not verify_password(password or "", member.password_hash):
                member.failed_logins += 1
                if member.failed_logins >= MAX_FAILURES:
                    member.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                    member.failed_logins = 0
                    record(s, actor, now, "locked", target=f"staff:{member.id}",
                           detail=f"{MAX_FAILURES} wrong passwords")
                    refusal = DomainError("login_locked", minutes=LOCK_MINUTES)
                else:
                    record(s, actor, now, "login_failed", target=f"staff:{member.id}", detail="wrong password")
                    refusal = ValidationError("login_failed", left=MAX_FAILURES - member.failed_logins,
                                              minutes=LOCK_MINUTES)
            else:
                member.failed_logins, member.locked_until = 0, None
                record(s, actor, now, "login", target=f"staff:{member.id}")
                return actor
    raise refusal


def verify(ctx: ServiceContext, password: str) -> bool:
    """Unlock an idle-locked desk: the signed-in worker's own password (failures count towards lockout)."""
    actor = ctx.actor
    if actor is None:
        raise DomainError("staff_not_found", who="-")
    with reading(ctx) as s:
        username = s.scalar(select(Staff.username).where(Staff.id == actor.staff_id))
    signed = login(ctx, username or "", password, actor.desk, actor.station_id)
    return signed.staff_id == actor.staff_id


def needs_setup(ctx: ServiceContext) -> bool:
    """True on the first start: no administrator has a password yet."""
    with reading(ctx) as s:
        return not s.scalar(select(func.count(Staff.id)).where(
            Staff.role == Role.ADMIN.value, Staff.active.is_(True), Staff.password_hash != ""))


def set_up_admin(ctx: ServiceContext, password: str) -> Actor:
    """The first start's one question: the administrator's password. Refused once one is set."""
    now = ctx.now()
    with writing(ctx, audited=False) as s:
        admin = s.scalars(select(Staff).where(Staff.role == Role.ADMIN.value, Staff.active.is_(True))
                          .order_by(Staff.id).limit(1)).first()
        if admin is None:
            raise NotFound("staff_not_found", who="admin")
        if s.scalar(select(func.count(Staff.id)).where(Staff.role == Role.ADMIN.value, Staff.password_hash != "")):
            raise ValidationError("setup_done")
        admin.password_hash = hash_password(check_password(password, admin.username))
        admin.password_changed_at = now
        actor = Actor(admin.id, admin.name, admin.role, admin.station_id, "")
        record(s, actor, now, "account", operation="accounts.set_up_admin", target=f"staff:{admin.id}",
               detail="first administrator password")
        return actor


def change_password(ctx: ServiceContext, old: str, new: str) -> None:
    actor = ctx.actor  # anyone signed in, for their own account
    if actor is None:
        raise DomainError("staff_not_found", who="-")
    with writing(ctx) as s:
        member = s.get(Staff, actor.staff_id)
        if not verify_password(old or "", member.password_hash):
            raise ValidationError("password_wrong")
        member.password_hash = hash_password(check_password(new, member.username))
        member.password_changed_at = ctx.now()


# -- administration ----------------------------------------------------------------

def _info(m: Staff) -> AccountInfo:
    zh, en = ROLE_LABELS.get(Role(m.role), (m.role, m.role)) if m.role in {r.value for r in Role} else (m.role,) * 2
    return AccountInfo(m.id, m.username, m.name, m.role, zh, en, m.active, bool(m.password_hash), m.locked_until,
                       m.failed_logins)


def list_accounts(ctx: ServiceContext) -> list[AccountInfo]:
    actor = ctx.require(Perm.MANAGE_ACCOUNTS)
    with reading(ctx) as s:
        return [_info(m) for m in s.scalars(select(Staff).where(Staff.station_id == actor.station_id)
                                            .order_by(Staff.id))]


def _role(role: str) -> str:
    if role not in {r.value for r in Role}:
        raise ValidationError("role_unknown", role=role)
    return role


def _member(s: Session, actor: Actor, staff_id: int) -> Staff:
    m = s.get(Staff, staff_id)
    if m is None or m.station_id != actor.station_id:
        raise NotFound("staff_not_found", who=staff_id)
    return m


def _keep_an_admin(s: Session, actor: Actor, m: Staff, role: str, active: bool) -> None:
    if m.role == Role.ADMIN.value and (role != Role.ADMIN.value or not active):
        others = s.scalar(select(func.count(Staff.id)).where(
            Staff.station_id == actor.station_id, Staff.role == Role.ADMIN.value, Staff.active.is_(True),
            Staff.id != m.id))
        if not others:
            raise ValidationError("last_admin")


def create_account(ctx: ServiceContext, username: str, name: str, role: str, password: str) -> AccountInfo:
    actor = ctx.require(Perm.MANAGE_ACCOUNTS)
    username = (username or "").strip().lower()
    if not _USERNAME.fullmatch(username):
        raise ValidationError("username_invalid")
    name = (name or "").strip()
    if not name:
        raise ValidationError("name_required")
    if len(name) > 64:
        raise ValidationError("name_too_long", max=64)
    role = _role(role)
    hashed = hash_password(check_password(password, username))
    with writing(ctx) as s:
        if s.scalar(select(Staff.id).where(Staff.station_id == actor.station_id, Staff.username == username)):
            raise ValidationError("username_taken", username=username)
        m = Staff(station_id=actor.station_id, username=username, name=name, role=role, active=True,
                  password_hash=hashed, failed_logins=0, password_changed_at=ctx.now())
        s.add(m)
        s.flush()
        return _info(m)


def update_account(ctx: ServiceContext, staff_id: int, *, name: str | None = None, role: str | None = None,
                   active: bool | None = None) -> AccountInfo:
    actor = ctx.require(Perm.MANAGE_ACCOUNTS)
    with writing(ctx) as s:
        m = _member(s, actor, staff_id)
        new_role = _role(role) if role is not None else m.role
        new_active = m.active if active is None else bool(active)
        _keep_an_admin(s, actor, m, new_role, new_active)
        if name is not None:
            name = name.strip()
            if not name:
                raise ValidationError("name_required")
            m.name = name[:64]
        m.role, m.active = new_role, new_active
        return _info(m)


def reset_password(ctx: ServiceContext, staff_id: int, password: str) -> None:
    actor = ctx.require(Perm.MANAGE_ACCOUNTS)
    with writing(ctx) as s:
        m = _member(s, actor, staff_id)
        m.password_hash = hash_password(check_password(password, m.username))
        m.password_changed_at = ctx.now()
        m.failed_logins, m.locked_until = 0, None


def unlock(ctx: ServiceContext, staff_id: int) -> None:
    actor = ctx.require(Perm.MANAGE_ACCOUNTS)
    with writing(ctx) as s:
        m = _member(s, actor, staff_id)
        m.failed_logins, m.locked_until = 0, None
