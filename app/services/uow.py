"""Unit of work: one session per user action, rolled back unless committed.

Database failures that are not the user's fault (another desk holding the
lock, a full disk, a read-only file) become a StorageError with a message
the desk can show; nothing is left half-written because the transaction
is rolled back.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from . import audit_trail, errors, report_cache
from .context import ServiceContext
from .errors import StorageError, ValidationError

audit_trail.install()
report_cache.install()
errors.register({
    "input_unstorable": ("输入的内容无法保存（含有控制字符或超出长度），未写入任何内容。",
                         "The input cannot be stored (control characters, or too long); nothing was written."),
})


def _storage_error(err: Exception) -> StorageError:
    text = str(getattr(err, "orig", err)).lower()
    if "locked" in text or "busy" in text or "could not obtain lock" in text or "lock timeout" in text:
        return StorageError("db_busy")
    return StorageError("db_unavailable", detail=str(getattr(err, "orig", err)).splitlines()[0])


def _operation(frame) -> str:
    """The service function that opened the unit of work, e.g. "acceptance.accept"."""
    module = frame.f_globals.get("__name__", "").rsplit(".", 1)[-1]
    return f"{module}.{frame.f_code.co_name}"


@contextmanager
def reading(ctx: ServiceContext) -> Iterator[Session]:
    session = ctx.read_sessions()
    try:
        yield session
    except sa_exc.OperationalError as err:
        raise _storage_error(err) from err
    except sa_exc.DataError as err:
        # PostgreSQL refuses what SQLite stores (a NUL pasted into a field, a value too long for its
        # column): the typed input's fault, so a refusal rather than a crash.
        raise ValidationError("input_unstorable") from err
    finally:
        session.rollback()
        session.close()


@contextmanager
def writing(ctx: ServiceContext, *, audited: bool = True) -> Iterator[Session]:
    """Commits only when the block finishes without an exception. With someone acting, the
    commit also records one audit entry: the operation and the rows it wrote (audit_trail)."""
    session = ctx.write_sessions()
    if audited and ctx.actor is not None:
        session.info["audit"] = {"actor": ctx.actor, "at": ctx.now(), "operation": _operation(sys._getframe(2))}
    try:
        yield session
        session.commit()
    except sa_exc.OperationalError as err:
        session.rollback()
        raise _storage_error(err) from err
    except sa_exc.DataError as err:
        session.rollback()
        raise ValidationError("input_unstorable") from err
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
