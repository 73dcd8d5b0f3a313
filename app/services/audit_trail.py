"""Recording audit entries, and the session hook that records every committed write by itself.

Imported by the unit of work, so no writing session can miss it; the viewer is app.services.audit.
"""
from __future__ import annotations

from collections import Counter
from datetime import datetime

from sqlalchemy import event, insert, inspect, select
from sqlalchemy.orm import Session

from app.models import AuditEntry, Staff

from .context import Actor

DETAIL_MAX = 2000
# Rows that only accompany another write: listed in the detail, never taken as its target.
_ACCOMPANYING = {"affair_event", "affair_material", "affair_sequence", "certificate_sequence", "ticket_sequence",
                 "home_visit_log", "case_note", "audit_entry"}


def record(s: Session, actor: Actor | None, at: datetime, action: str, *, operation: str = "", target: str = "",
           detail: str = "", rows: int = 0, station_id: int | None = None, username: str = "") -> None:
    """Add one entry inside the caller's transaction (it stands or falls with the work it records).
    A plain INSERT, not an ORM object: it runs at every commit and must cost next to nothing."""
    s.execute(insert(AuditEntry).values(
        station_id=actor.station_id if actor else station_id, at=at, staff_id=actor.staff_id if actor else None,
        username=username or (_username(s, actor) if actor else ""), desk=actor.desk if actor else "",
        action=action, operation=operation[:64], target=target[:64], detail=detail[:DETAIL_MAX], rows=rows,
    ))


_USERNAMES: dict[tuple[str, int], str] = {}  # (database, staff id) -> user name; names are never changed


def _username(s: Session, actor: Actor) -> str:
    key = (str(s.get_bind().url), actor.staff_id)
    if key not in _USERNAMES:
        name = s.scalar(select(Staff.username).where(Staff.id == actor.staff_id))
        if name is None:
            return ""
        _USERNAMES[key] = name
    return _USERNAMES[key]


# -- writes, recorded by themselves ------------------------------------------------

def _collect(session: Session, _flush_context) -> None:
    audit = session.info.get("audit")
    if audit is None:
        return
    changes = audit.setdefault("changes", [])
    for verb, objects in (("insert", session.new), ("update", session.dirty), ("delete", session.deleted)):
        for obj in objects:
            table = getattr(obj, "__tablename__", "")
            if not table or table == "audit_entry":
                continue
            if verb == "update" and not session.is_modified(obj, include_collections=False):
                continue
            changes.append((verb, table, obj))


def _ident(obj) -> str:
    key = inspect(obj).identity
    return ",".join(str(k) for k in key) if key else "?"


def _before_commit(session: Session) -> None:
    audit = session.info.get("audit")
    if not audit:
        return
    session.flush()  # what is still pending is written now, so the hook sees it
    session.info.pop("audit", None)
    if not audit.get("changes"):
        return
    actor = audit["actor"]
    changes = [(verb, table, _ident(obj)) for verb, table, obj in audit["changes"]]
    main = next(((v, t, i) for v, t, i in changes if t not in _ACCOMPANYING), changes[0])
    counts = Counter((v, t) for v, t, _ in changes)
    detail = "; ".join(f"{v} {t}" + (f" ×{n}" if n > 1 else f":{next(i for vv, tt, i in changes if (vv, tt) == (v, t))}")
                       for (v, t), n in counts.items())
    record(session, actor, audit["at"], "write", operation=audit["operation"], target=f"{main[1]}:{main[2]}",
           detail=detail, rows=len(changes))


def install() -> None:
    """Hook every Session (idempotent); only sessions a unit of work marked for audit are recorded."""
    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "before_commit", _before_commit)


