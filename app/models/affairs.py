"""Affairs accepted at the window, the materials checked, and every event."""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base

if TYPE_CHECKING:
    from .transfer import CallIn, DispatchLeg


class Affair(Base):
    __tablename__ = "affair"
    __table_args__ = (
        Index("ix_affair_station_state", "station_id", "state"),
        Index("ix_affair_station_accepted", "station_id", "accepted_at"),
        # Reports count what was closed in a range: completed_at is their second date axis.
        Index("ix_affair_station_completed", "station_id", "completed_at"),
        # A resident's affairs, newest first, without walking the station's whole history.
        Index("ix_affair_resident_accepted", "resident_id", "accepted_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    # station code + date + sequence, e.g. XC0712-20261123-0007
    number: Mapped[str] = mapped_column(String(32), unique=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"))
    affair_type_id: Mapped[int] = mapped_column(ForeignKey("affair_type.id"), index=True)
    # Copied from the type at acceptance: a later catalogue edit must not
    # rewrite how an affair already accepted was handled.
    handling_mode: Mapped[str] = mapped_column(String(16))
    state: Mapped[str] = mapped_column(String(24))
    channel: Mapped[str] = mapped_column(String(16), default="walk_in")
    accepted_at: Mapped[datetime] = mapped_column(DateTime)
    accepted_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(32), default="")
    committed_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    completed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Times the resident came to the station for this affair ("visit only once").
    visits: Mapped[int] = mapped_column(Integer, default=1)
    note: Mapped[str] = mapped_column(Text, default="")

    # Back office (转办): Immediate Response, urging, telling the resident, rating.
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    urgent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    urge_count: Mapped[int] = mapped_column(Integer, default=0)
    last_urged_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The resident agreed that the handler may have their full phone number.
    phone_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    notified_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    notify_method: Mapped[str] = mapped_column(String(16), default="")
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    satisfaction_comment: Mapped[str] = mapped_column(Text, default="")
    no_rating_reason: Mapped[str] = mapped_column(Text, default="")
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)

    materials: Mapped[list["AffairMaterial"]] = relationship(
        cascade="all, delete-orphan", order_by="AffairMaterial.position"
    )
    events: Mapped[list["AffairEvent"]] = relationship(
        cascade="all, delete-orphan", order_by="AffairEvent.id"
    )
    legs: Mapped[list["DispatchLeg"]] = relationship(
        cascade="all, delete-orphan", order_by="DispatchLeg.position"
    )
    call_ins: Mapped[list["CallIn"]] = relationship(
        cascade="all, delete-orphan", order_by="CallIn.id"
    )


class AffairMaterial(Base):
    __tablename__ = "affair_material"

    id: Mapped[int] = mapped_column(primary_key=True)
    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(256), default="")
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    # provided | missing | home_visit (to be collected at the resident's home)
    status: Mapped[str] = mapped_column(String(16))


class AffairEvent(Base):
    """Append-only history: every state change with who, when and from which desk."""

    __tablename__ = "affair_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(24))
    from_state: Mapped[str] = mapped_column(String(24), default="")
    to_state: Mapped[str] = mapped_column(String(24), default="")
    at: Mapped[datetime] = mapped_column(DateTime)
    actor_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    desk: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(Text, default="")


class AffairSequence(Base):
    """Last sequence number handed out per station and day.

    Incremented with an UPDATE inside the accepting transaction, so two desks
    accepting at the same moment are serialised by the database's row/write
    lock and can never draw the same number.
    """

    __tablename__ = "affair_sequence"

    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
