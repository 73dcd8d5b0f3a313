"""Affair numbers: station code + date + daily sequence (XC0712-20261123-0007)."""
from __future__ import annotations

from datetime import date

from sqlalchemy import update
from sqlalchemy.orm import Session

from app.models import AffairSequence


def next_number(s: Session, station_id: int, station_code: str, day: date) -> str:
    """Draw the next number inside the caller's (writing) transaction.

    The UPDATE takes the row lock (PostgreSQL) or is already under the write
    lock (SQLite, BEGIN IMMEDIATE), so concurrent desks queue here and each
    gets its own number; the unique index on Affair.number is the backstop.
    """
    dialect = s.get_bind().dialect.name
    # Imported here: the PostgreSQL dialect pulls in asyncio, a cost at every start.
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    s.execute(
        insert(AffairSequence)
        .values(station_id=station_id, day=day, last=0)
        .on_conflict_do_nothing(index_elements=["station_id", "day"])
    )
    seq = s.execute(
        update(AffairSequence)
        .where(AffairSequence.station_id == station_id, AffairSequence.day == day)
        .values(last=AffairSequence.last + 1)
        .returning(AffairSequence.last)
    ).scalar_one()
    return f"{station_code}-{day:%Y%m%d}-{seq:04d}"
