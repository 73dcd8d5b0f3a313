"""Certificates issued on completion and their never-repeating numbers."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Certificate(Base):
    __tablename__ = "certificate"
    __table_args__ = (Index("ix_certificate_station_issued", "station_id", "issued_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    number: Mapped[str] = mapped_column(String(40), unique=True)
    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id"), index=True)
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    type_code: Mapped[str] = mapped_column(String(16))
    title: Mapped[str] = mapped_column(String(64))
    # The filled text as printed the first time: a reprint shows the same words
    # even if the template or the resident's record changed since.
    paragraphs: Mapped[list] = mapped_column(JSON, default=list)
    resident_name: Mapped[str] = mapped_column(String(64))
    id_number: Mapped[str] = mapped_column(String(32))
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    issued_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    print_count: Mapped[int] = mapped_column(Integer, default=1)
    voided_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    voided_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    void_reason: Mapped[str] = mapped_column(Text, default="")


class CertificateSequence(Base):
    """Last certificate number per station and year; only ever incremented, so
    a voided number is never handed out again."""

    __tablename__ = "certificate_sequence"

    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
