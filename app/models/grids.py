"""Household groups by area (网格) and the door-to-door work done in them."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class GridArea(Base):
    __tablename__ = "grid_area"
    __table_args__ = (UniqueConstraint("station_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    name: Mapped[str] = mapped_column(String(64))
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    blocks: Mapped[list["GridBlock"]] = relationship(
        cascade="all, delete-orphan", order_by="GridBlock.building"
    )


class GridBlock(Base):
    """A building, or one unit of it (unit ''), belonging to a grid area."""

    __tablename__ = "grid_block"
    __table_args__ = (UniqueConstraint("station_id", "building", "unit"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    grid_id: Mapped[int] = mapped_column(ForeignKey("grid_area.id", ondelete="CASCADE"), index=True)
    building: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16), default="")


class HomeVisit(Base):
    """A door-to-door task: for an affair (collect materials, handle at home) or
    a standalone visit to find needs before they are reported."""

    __tablename__ = "home_visit"
    __table_args__ = (Index("ix_home_visit_station_state", "station_id", "state", "planned_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    grid_id: Mapped[int | None] = mapped_column(ForeignKey("grid_area.id"), nullable=True, index=True)
    household_id: Mapped[int | None] = mapped_column(ForeignKey("household.id"), nullable=True)
    resident_id: Mapped[int | None] = mapped_column(ForeignKey("resident.id"), nullable=True, index=True)
    affair_id: Mapped[int | None] = mapped_column(ForeignKey("affair.id"), nullable=True, index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    purpose: Mapped[str] = mapped_column(Text, default="")
    planned_on: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16))  # planned | done | cancelled
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    log: Mapped[list["HomeVisitLog"]] = relationship(
        cascade="all, delete-orphan", order_by="HomeVisitLog.id"
    )


class HomeVisitLog(Base):
    __tablename__ = "home_visit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("home_visit.id", ondelete="CASCADE"), index=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # met | not_home | need_found | no_need | materials_collected
    outcome: Mapped[str] = mapped_column(String(24))
    note: Mapped[str] = mapped_column(Text, default="")
    # The affair accepted on the spot from what this visit found.
    affair_id: Mapped[int | None] = mapped_column(ForeignKey("affair.id"), nullable=True)
