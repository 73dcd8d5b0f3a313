"""Back-office transfer: the legs an affair is dispatched on and the
departments called in under Immediate Response (街乡吹哨、部门报到)."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class DispatchLeg(Base):
    """One department or partner an affair was handed to ("one-to-many" = several legs)."""

    __tablename__ = "dispatch_leg"
    __table_args__ = (Index("ix_dispatch_leg_partner_state", "partner_code", "state"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1, 2, ... within the affair: the slip number suffix
    partner_code: Mapped[str] = mapped_column(ForeignKey("partner.code"))
    kind: Mapped[str] = mapped_column(String(16))  # dispatch | referral (out of the station's scope)
    # open | answered | withdrawn
    state: Mapped[str] = mapped_column(String(16))
    request: Mapped[str] = mapped_column(Text, default="")
    dispatched_at: Mapped[datetime] = mapped_column(DateTime)
    dispatched_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    urge_count: Mapped[int] = mapped_column(Integer, default=0)
    # resolved | partly_resolved | not_resolved | declined
    result: Mapped[str] = mapped_column(String(24), default="")
    feedback: Mapped[str] = mapped_column(Text, default="")
    feedback_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    feedback_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)


class CallIn(Base):
    """A department whistled in for an urgent affair and when it checked in."""

    __tablename__ = "call_in"

    id: Mapped[int] = mapped_column(primary_key=True)
    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id", ondelete="CASCADE"), index=True)
    partner_code: Mapped[str] = mapped_column(ForeignKey("partner.code"))
    called_at: Mapped[datetime] = mapped_column(DateTime)
    called_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
