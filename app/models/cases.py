"""Social-work case management for complex needs, in its six steps. Case notes
are confidential: the services show them to the assigned worker and the
stationmasters only."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Case(Base):
    __tablename__ = "social_case"
    __table_args__ = (UniqueConstraint("station_id", "number"), Index("ix_case_station_stage", "station_id", "stage"))

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    number: Mapped[str] = mapped_column(String(32))
    resident_id: Mapped[int] = mapped_column(ForeignKey("resident.id"), index=True)
    worker_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    title: Mapped[str] = mapped_column(String(128))
    # application | investigation | plan | execution | supervision | closure | closed
    stage: Mapped[str] = mapped_column(String(16))
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    opened_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    # The plan: [{"goal": str, "services": str, "resources": str}]
    plan: Mapped[list] = mapped_column(JSON, default=list)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    goals_met: Mapped[str] = mapped_column(String(16), default="")  # met | partly | not_met
    satisfaction: Mapped[int | None] = mapped_column(Integer, nullable=True)
    evaluation: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[list["CaseNote"]] = relationship(cascade="all, delete-orphan", order_by="CaseNote.id")
    links: Mapped[list["CaseLink"]] = relationship(cascade="all, delete-orphan", order_by="CaseLink.id")


class CaseNote(Base):
    __tablename__ = "case_note"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("social_case.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    text: Mapped[str] = mapped_column(Text)


class CaseLink(Base):
    """An affair or a partner organisation involved in the case."""

    __tablename__ = "case_link"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("social_case.id", ondelete="CASCADE"), index=True)
    affair_id: Mapped[int | None] = mapped_column(ForeignKey("affair.id"), nullable=True)
    partner_code: Mapped[str | None] = mapped_column(ForeignKey("partner.code"), nullable=True)
