"""The audit log: who did what, when, from which desk.

Every committed write is recorded by itself: the unit of work names the
operation (the service function that opened it) and a session hook lists the
rows it wrote, so a new service cannot forget to audit. Reads of a resident's
full record, reveals of full numbers and exports are recorded by the services
that do them. The table refuses UPDATE and DELETE (database triggers), and the
application has no operation that edits it.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import or_, select

from app.models import AuditEntry, Staff

from . import errors
from .audit_trail import record
from .context import ServiceContext
from .permissions import Perm
from .uow import reading, writing

errors.register({
    "audit_range": ("查询日志的开始日期不能晚于结束日期。", "The log's first day is after its last."),
})

ACTION_LABELS = {
    "write": ("写入", "write"),
    "read_full": ("查看完整档案", "read a full record"),
    "reveal": ("显示完整号码", "reveal full numbers"),
    "export": ("导出", "export"),
    "login": ("登录", "sign in"),
    "login_failed": ("登录失败", "failed sign-in"),
    "locked": ("账号锁定", "account locked"),
    "unlock": ("解除锁定", "screen unlocked"),
    "logout": ("退出", "sign out"),
    "backup": ("备份", "backup"),
    "restore": ("恢复", "restore"),
    "account": ("账号管理", "account change"),
    "import": ("导入", "import"),
}


@dataclass(frozen=True)
class AuditInfo:
    id: int
    at: datetime
    username: str
    staff_name: str
    desk: str
    action: str
    operation: str
    target: str
    detail: str
    rows: int


@dataclass(frozen=True)
class AuditFilter:
    first: date | None = None
    last: date | None = None
    staff_id: int | None = None
    action: str = ""
    text: str = ""  # in the operation, target or detail
    limit: int = 1000


def log(ctx: ServiceContext, action: str, *, operation: str = "", target: str = "", detail: str = "") -> None:
    """Record a read or an export in a transaction of its own."""
    with writing(ctx, audited=False) as s:
        record(s, ctx.actor, ctx.now(), action, operation=operation, target=target, detail=detail)



# -- the viewer --------------------------------------------------------------------

def entries(ctx: ServiceContext, flt: AuditFilter = AuditFilter()) -> list[AuditInfo]:
    """Newest first. Reading the log is itself not logged (it holds no resident's data)."""
    actor = ctx.require(Perm.VIEW_AUDIT)
    if flt.first and flt.last and flt.first > flt.last:
        raise errors.ValidationError("audit_range")
    q = (select(AuditEntry, Staff.name).outerjoin(Staff, Staff.id == AuditEntry.staff_id)
         .where(AuditEntry.station_id == actor.station_id))
    if flt.first:
        q = q.where(AuditEntry.at >= datetime(flt.first.year, flt.first.month, flt.first.day))
    if flt.last:
        q = q.where(AuditEntry.at < datetime(flt.last.year, flt.last.month, flt.last.day) + timedelta(days=1))
    if flt.staff_id:
        q = q.where(AuditEntry.staff_id == flt.staff_id)
    if flt.action:
        q = q.where(AuditEntry.action == flt.action)
    if flt.text.strip():
        like = f"%{flt.text.strip()}%"
        q = q.where(or_(AuditEntry.operation.like(like), AuditEntry.target.like(like), AuditEntry.detail.like(like),
                        AuditEntry.username.like(like)))
    q = q.order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(max(1, min(flt.limit, 10000)))
    with reading(ctx) as s:
        return [AuditInfo(e.id, e.at, e.username, name or "", e.desk, e.action, e.operation, e.target, e.detail,
                          e.rows) for e, name in s.execute(q).all()]
