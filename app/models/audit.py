"""The audit log: append-only (database triggers refuse UPDATE and DELETE)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entry"
    __table_args__ = (
        Index("ix_audit_station_at", "station_id", "at"),
        Index("ix_audit_station_staff_at", "station_id", "staff_id", "at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int | None] = mapped_column(ForeignKey("station.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    # None when nobody is signed in (a failed login with an unknown name, the scheduled backup).
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    username: Mapped[str] = mapped_column(String(64), default="")  # as typed or as signed in; kept if renamed
    desk: Mapped[str] = mapped_column(String(32), default="")
    # write | read_full | reveal | export | login | login_failed | locked | logout | backup | restore | account
    action: Mapped[str] = mapped_column(String(24))
    # What was done: the service operation (e.g. "acceptance.accept") for writes
    operation: Mapped[str] = mapped_column(String(64), default="")
    target: Mapped[str] = mapped_column(String(64), default="")  # e.g. "affair:123", "resident:45"
    detail: Mapped[str] = mapped_column(Text, default="")
    rows: Mapped[int] = mapped_column(Integer, default=0)  # rows written by the operation
