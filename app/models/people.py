"""The station, its staff, and the residents and households it serves."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base


class Station(Base):
    """One community service station; a PostgreSQL server may hold many."""

    __tablename__ = "station"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(128))
    subdistrict: Mapped[str] = mapped_column(String(128), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    phone: Mapped[str] = mapped_column(String(32), default="")


class Staff(Base):
    __tablename__ = "staff"
    __table_args__ = (UniqueConstraint("station_id", "username"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    username: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(64))
    # social_worker | chief_stationmaster | deputy_stationmaster | admin
    role: Mapped[str] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # scrypt$n$r$p$salt$hash (hashlib.scrypt); "" = no password set yet (asked for on first start).
    password_hash: Mapped[str] = mapped_column(String(256), default="", server_default="")
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class Household(Base):
    """A dwelling, addressed building-unit-room within the station's area."""

    __tablename__ = "household"
    __table_args__ = (UniqueConstraint("station_id", "building", "unit", "room"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"), index=True)
    building: Mapped[str] = mapped_column(String(16))
    unit: Mapped[str] = mapped_column(String(16))
    room: Mapped[str] = mapped_column(String(16))


def _search_index(column: str) -> Index:
    """(station, column) serves "prefix within this station, in column order, first 30" as one
    index range scan. On PostgreSQL the migration (0001) builds it with text_pattern_ops so that
    LIKE 'prefix%' uses it in any locale. Saying so here too (postgresql_ops=) would make importing
    the models load the PostgreSQL dialect and asyncio at every desk start, for a desk on SQLite."""
    return Index(f"ix_resident_station_{column}", "station_id", column)


class Resident(Base):
    __tablename__ = "resident"
    __table_args__ = (
        UniqueConstraint("station_id", "id_type", "id_number"),
        *(_search_index(c) for c in ("name", "initials", "id_number", "phone", "phone_rev")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    station_id: Mapped[int] = mapped_column(ForeignKey("station.id"))
    name: Mapped[str] = mapped_column(String(64))
    # Pinyin initials of the name ("zsf" for 张三丰) for search as you type.
    initials: Mapped[str] = mapped_column(String(32))
    # resident_id | passport | hk_macao_permit | taiwan_permit | foreign_permanent
    id_type: Mapped[str] = mapped_column(String(24))
    id_number: Mapped[str] = mapped_column(String(32))
    gender: Mapped[str] = mapped_column(String(8), default="")  # male | female | ""
    birth_date: Mapped[date | None] = mapped_column(Date, nullable=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    # The phone reversed, so "the last four digits" is an indexed prefix search.
    phone_rev: Mapped[str] = mapped_column(String(32), default="")
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("household.id"), nullable=True, index=True
    )
    relation: Mapped[str] = mapped_column(String(16), default="")  # head | spouse | child | ...
    created_at: Mapped[datetime] = mapped_column(DateTime)

    household: Mapped[Household | None] = relationship()
    tags: Mapped[list["ResidentTag"]] = relationship(
        cascade="all, delete-orphan", order_by="ResidentTag.tag"
    )


class ResidentTag(Base):
    """Stored tags (disabled, low_income, party_member); "80+" is derived from the birth date."""

    __tablename__ = "resident_tag"

    resident_id: Mapped[int] = mapped_column(
        ForeignKey("resident.id", ondelete="CASCADE"), primary_key=True
    )
    tag: Mapped[str] = mapped_column(String(24), primary_key=True, index=True)


__all__ = ["Station", "Staff", "Household", "Resident", "ResidentTag"]
