"""Unit of work: one session per user action, rolled back unless committed.

Database failures that are not the user's fault (another desk holding the
lock, a full disk, a read-only file) become a StorageError with a message
the desk can show; nothing is left half-written because the transaction
is rolled back.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from .context import ServiceContext
from .errors import StorageError


def _storage_error(err: Exception) -> StorageError:
    text = str(getattr(err, "orig", err)).lower()
    if "locked" in text or "busy" in text or "could not obtain lock" in text:
        return StorageError("db_busy")
    return StorageError("db_unavailable", detail=str(getattr(err, "orig", err)).splitlines()[0])


@contextmanager
def reading(ctx: ServiceContext) -> Iterator[Session]:
    session = ctx.read_sessions()
    try:
        yield session
    except sa_exc.OperationalError as err:
        raise _storage_error(err) from err
    finally:
        session.rollback()
        session.close()


@contextmanager
def writing(ctx: ServiceContext) -> Iterator[Session]:
    """Commits only when the block finishes without an exception."""
    session = ctx.write_sessions()
    try:
        yield session
        session.commit()
    except sa_exc.OperationalError as err:
        session.rollback()
        raise _storage_error(err) from err
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
