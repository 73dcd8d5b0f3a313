"""Reception: opening hours and appointment slots, appointments, queue tickets,
and needs residents posted online (OTO)."""
from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, Time, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class SlotRule(Base):
    """A bookable period of a weekday (0 = Monday) and how many residents it takes.
    Holidays close it and make-up working days open it (chinesecalendar decides)."""

    __tablename__ = "slot_rule"

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    weekday: Mapped[int] = mapped_column(Integer)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer, default=30)  # length of one slot
    capacity: Mapped[int] = mapped_column(Integer, default=3)  # residents per slot


class Appointment(Base):
    __tablename__ = "appointment"
    __table_args__ = (
        Index("ix_appointment_station_day", "station_id", "day", "slot"),
        UniqueConstraint("station_id", "external_ref"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    type_code: Mapped[str] = mapped_column(String(16), default="")
    day: Mapped[date] = mapped_column(Date)
    slot: Mapped[time] = mapped_column(Time)
    # desk | phone | online | door_to_door (the station goes to the resident)
    channel: Mapped[str] = mapped_column(String(16))
    # booked | checked_in | no_show | cancelled | done (door-to-door visit made)
    state: Mapped[str] = mapped_column(String(16))
    note: Mapped[str] = mapped_column(Text, default="")
    # The booking's id in the system it was imported from; None when booked here.
    external_ref: Mapped[str | None] = mapped_column(String(64), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    checked_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    affair_id: Mapped[int | None] = mapped_column(ForeignKey("affair.id"), nullable=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")


class Ticket(Base):
    """A queue ticket: number per station and day, priority for the green channel."""

    __tablename__ = "ticket"
    __table_args__ = (
        UniqueConstraint("station_id", "day", "number"),
        Index("ix_ticket_station_day_state", "station_id", "day", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    day: Mapped[date] = mapped_column(Date)
    number: Mapped[int] = mapped_column(Integer)
    code: Mapped[str] = mapped_column(String(8))  # A012 ordinary, V003 green channel
    priority: Mapped[bool] = mapped_column(Boolean, default=False)
    # aged_80 | disabled | pregnant | appointment | '' (ordinary)
    priority_reason: Mapped[str] = mapped_column(String(16), default="")
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), nullable=True)
    appointment_id: Mapped[int | None] = mapped_column(ForeignKey("appointment.id"), nullable=True)
    # waiting | called | done | skipped
    state: Mapped[str] = mapped_column(String(16))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    called_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    called_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    desk: Mapped[str] = mapped_column(String(32), default="")
    calls: Mapped[int] = mapped_column(Integer, default=0)  # 1 = called once; recalls add
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class TicketSequence(Base):
    __tablename__ = "ticket_sequence"

    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), primary_key=True)
    day: Mapped[date] = mapped_column(Date, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)


class OnlineNeed(Base):
    """A need a resident posted online (e.g. the "Xicheng Home" app), waiting for triage."""

    __tablename__ = "online_need"
    __table_args__ = (
        UniqueConstraint("station_id", "external_ref"),
        Index("ix_online_need_station_state", "station_id", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    external_ref: Mapped[str] = mapped_column(String(64))
    posted_at: Mapped[datetime] = mapped_column(DateTime)
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(128), default="")
    text: Mapped[str] = mapped_column(Text)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), nullable=True)
    # new | accepted | merged | rejected
    state: Mapped[str] = mapped_column(String(16))
    affair_id: Mapped[int | None] = mapped_column(ForeignKey("affair.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    imported_at: Mapped[datetime] = mapped_column(DateTime)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
