"""The affair catalogue: categories, partners and affair types."""
from __future__ import annotations

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Category(Base):
    __tablename__ = "category"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(64))
    name_en: Mapped[str] = mapped_column(String(128))
    sort: Mapped[int] = mapped_column(Integer, default=0)


class Partner(Base):
    """A subdistrict department or a partner organisation affairs are handed to."""

    __tablename__ = "partner"

    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(256))
    # department | service_agency | convenience_outlet | institution | volunteer_org
    kind: Mapped[str] = mapped_column(String(24), index=True)
    phone: Mapped[str] = mapped_column(String(32), default="")
    address: Mapped[str] = mapped_column(String(256), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AffairType(Base):
    __tablename__ = "affair_type"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name_zh: Mapped[str] = mapped_column(String(128))
    name_en: Mapped[str] = mapped_column(String(256))
    # Lower-case pinyin initials of name_zh and keywords, e.g. "gllnrjt", so a
    # worker can type "gl" and find 高龄老年人津贴.
    initials: Mapped[str] = mapped_column(String(256), index=True)
    keywords: Mapped[str] = mapped_column(String(256), default="")
    category_code: Mapped[str] = mapped_column(ForeignKey("category.code"), index=True)
    service_kind: Mapped[str] = mapped_column(String(16))  # party | government | convenience
    handling_mode: Mapped[str] = mapped_column(String(16))  # on_the_spot | collect_submit | transfer
    # [{"name_zh", "name_en", "required"}] in the order the worker checks them.
    materials: Mapped[list] = mapped_column(JSON, default=list)
    forms: Mapped[list] = mapped_column(JSON, default=list)
    committed_days: Mapped[int] = mapped_column(Integer, default=0)
    handler_code: Mapped[str] = mapped_column(ForeignKey("partner.code"))
    closing_document: Mapped[str] = mapped_column(String(16))  # receipt | certificate | referral_slip
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bumped in the acceptance transaction; "most used first" without a
    # COUNT(*) over every affair on each keystroke.
    use_count: Mapped[int] = mapped_column(Integer, default=0)
