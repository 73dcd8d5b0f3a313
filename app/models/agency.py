"""Full agency handling (全程代办): the resident's authorisation and the
custody log of original documents the station holds on their behalf."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class AgencyAuthorisation(Base):
    __tablename__ = "agency_authorisation"

    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id", ondelete="CASCADE"), primary_key=True)
    scope: Mapped[str] = mapped_column(Text)
    authorised_at: Mapped[datetime] = mapped_column(DateTime)
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class CustodyItem(Base):
    __tablename__ = "custody_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    affair_id: Mapped[int] = mapped_column(ForeignKey("affair.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(128))
    copies: Mapped[int] = mapped_column(Integer, default=1)
    taken_at: Mapped[datetime] = mapped_column(DateTime)
    taken_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    returned_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    returned_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
