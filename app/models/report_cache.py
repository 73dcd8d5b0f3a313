"""Report figures of past calendar months, kept so that a year's report reads twelve rows
instead of every affair of the year."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class ReportMonth(Base):
    """The grouped rows the report's queries return for one full month (app.services.report_cache).
    A write to an affair or ticket of that month deletes the row in the same transaction."""

    __tablename__ = "report_month"

    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), primary_key=True)
    month: Mapped[date] = mapped_column(Date, primary_key=True)  # its first day
    payload: Mapped[dict] = mapped_column(JSON)
    computed_at: Mapped[datetime] = mapped_column(DateTime)
