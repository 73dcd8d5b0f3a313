"""The affair catalogue in the database: browse, search as you type, import, export."""
from __future__ import annotations

import functools
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import AffairType, Category, Partner

from . import catalogue_io
from .catalogue_io import CatalogueData
from .context import ServiceContext
from .dto import (
    AffairTypeDetail, AffairTypeSummary, CategoryInfo, FormSpec, MaterialSpec, PartnerInfo,
)
from .errors import NotFound
from .permissions import Perm
from .pinyin import initials
from .plain_read import Statement, plain_reading
from .uow import reading, writing


def _summary(t: AffairType) -> AffairTypeSummary:
    return AffairTypeSummary(
        t.code, t.name_zh, t.name_en, t.category_code, t.service_kind, t.handling_mode,
        t.committed_days, t.use_count,
    )


def _detail(t: AffairType, handler: Partner | None) -> AffairTypeDetail:
    return AffairTypeDetail(
        t.code, t.name_zh, t.name_en, t.category_code, t.service_kind, t.handling_mode,
        t.committed_days, t.use_count,
        materials=tuple(MaterialSpec(m["name_zh"], m.get("name_en", ""), bool(m.get("required", True)))
                        for m in t.materials),
        forms=tuple(FormSpec(f["name_zh"], f.get("name_en", "")) for f in t.forms),
        handler_code=t.handler_code,
        handler_name_zh=handler.name_zh if handler else "",
        handler_name_en=handler.name_en if handler else "",
        closing_document=t.closing_document,
        keywords=t.keywords,
        active=t.active,
    )


def list_categories(ctx: ServiceContext) -> list[CategoryInfo]:
    ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        counts = dict(
            s.execute(
                select(AffairType.category_code, func.count())
                .where(AffairType.active.is_(True))
                .group_by(AffairType.category_code)
            ).all()
        )
        return [
            CategoryInfo(c.code, c.name_zh, c.name_en, counts.get(c.code, 0))
            for c in s.scalars(select(Category).order_by(Category.sort, Category.code))
        ]


def search_types(
    ctx: ServiceContext, text: str = "", category: str | None = None, limit: int = 60
) -> list[AffairTypeSummary]:
    """Name, code, pinyin initials or keyword; the station's most used first."""
    ctx.require(Perm.SEARCH)
    text = (text or "").strip()
    with plain_reading(ctx) as db:
        rows = db.rows(_type_query(bool(category), bool(text)), {
            "yes": True, "cat": category or "", "lim": limit, "any": f"%{_escape_like(text)}%",
            "start": f"{_escape_like(text.upper())}%", "anylow": f"%{_escape_like(text.lower())}%"})
    if text:
        upper, lowered = text.upper(), text.lower()

        def rank(t) -> int:
            # An exact code or a name that starts with the text beats a match deep in a name.
            # The stored initials, not pypinyin: loading it would stall the first keystroke.
            if t[0] == upper:
                return 0
            if t[1].startswith(text) or t[8].startswith(lowered):
                return 1
            return 2

        rows.sort(key=rank)  # stable: keeps most-used order inside each rank
    return [AffairTypeSummary(*row[:8]) for row in rows]


def _escape_like(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


@functools.cache
def _type_query(by_category: bool, by_text: bool):
    """The type search as a ready statement: built once, because building and caching a select() on
    every keystroke cost more than running it."""
    sql = ("SELECT code, name_zh, name_en, category_code, service_kind, handling_mode, committed_days, "
           "use_count, initials FROM affair_type WHERE active = :yes")
    if by_category:
        sql += " AND category_code = :cat"
    if by_text:
        sql += (" AND (name_zh LIKE :any ESCAPE '/' OR code LIKE :start ESCAPE '/' OR initials LIKE :anylow "
                "ESCAPE '/' OR keywords LIKE :any ESCAPE '/' OR lower(name_en) LIKE :anylow ESCAPE '/')")
    return Statement(sql + " ORDER BY use_count DESC, code LIMIT :lim")


def get_type(ctx: ServiceContext, code: str) -> AffairTypeDetail:
    ctx.require(Perm.SEARCH)
    with reading(ctx) as s:
        t = s.scalar(select(AffairType).where(AffairType.code == code))
        if t is None:
            raise NotFound("type_not_found", code=code)
        return _detail(t, s.get(Partner, t.handler_code))


def list_partners(ctx: ServiceContext, kind: str | None = None, active_only: bool = False) -> list[PartnerInfo]:
    """All partners (to filter history by), or only those an affair may be sent to now."""
    ctx.require(Perm.SEARCH)
    query = select(Partner).order_by(Partner.kind, Partner.code)
    if kind:
        query = query.where(Partner.kind == kind)
    if active_only:
        query = query.where(Partner.active.is_(True))
    with reading(ctx) as s:
        return [PartnerInfo(p.code, p.name_zh, p.name_en, p.kind, p.phone, p.address) for p in s.scalars(query)]


# -- import / export -----------------------------------------------------------

def _apply(s: Session, data: CatalogueData) -> dict[str, int]:
    """Upsert by code; types absent from a full file are retired, never deleted
    (affairs already accepted still point at them)."""
    for c in data.categories:
        row = s.get(Category, c["code"]) or Category(code=c["code"])
        row.name_zh, row.name_en, row.sort = c["name_zh"], c["name_en"], c["sort"]
        s.add(row)
    for p in data.partners:
        row = s.get(Partner, p["code"]) or Partner(code=p["code"])
        for key in ("name_zh", "name_en", "kind", "phone", "address"):
            setattr(row, key, p[key])
        row.active = True
        s.add(row)
    s.flush()
    existing = {t.code: t for t in s.scalars(select(AffairType))}
    created = updated = 0
    for t in data.affair_types:
        row = existing.get(t["code"])
        if row is None:
            row = AffairType(code=t["code"], use_count=0)
            created += 1
        else:
            updated += 1
        row.name_zh, row.name_en = t["name_zh"], t["name_en"]
        row.initials = initials(t["name_zh"]) + (" " + initials(t["keywords"]) if t["keywords"] else "")
        row.keywords = t["keywords"]
        row.category_code, row.service_kind, row.handling_mode = t["category"], t["service_kind"], t["handling_mode"]
        row.materials, row.forms = t["materials"], t["forms"]
        row.committed_days, row.handler_code = t["committed_days"], t["handler"]
        row.closing_document, row.active = t["closing_document"], True
        s.add(row)
    incoming = {t["code"] for t in data.affair_types}
    retired = [code for code, row in existing.items() if code not in incoming and row.active]
    if retired:
        s.execute(update(AffairType).where(AffairType.code.in_(retired)).values(active=False))
    return {"created": created, "updated": updated, "retired": len(retired),
            "categories": len(data.categories), "partners": len(data.partners)}


def _validated(s: Session, data: CatalogueData) -> CatalogueData:
    known_categories = set(s.scalars(select(Category.code)))
    known_partners = set(s.scalars(select(Partner.code)))
    return catalogue_io.validate(data, known_categories, known_partners)


def import_file(ctx: ServiceContext, path: str | Path) -> dict[str, int]:
    """All rows valid, or nothing changes and the error names each bad row."""
    ctx.require(Perm.EDIT_CATALOGUE)
    data = catalogue_io.read_file(path)
    with writing(ctx) as s:
        return _apply(s, _validated(s, data))


def seed_from_resource(s: Session) -> dict[str, int]:
    """Used by first-start setup, inside its own transaction."""
    data = catalogue_io.read_file(catalogue_io.resource_path())
    return _apply(s, _validated(s, data))


def export_data(ctx: ServiceContext) -> CatalogueData:
    ctx.require(Perm.EXPORT)
    with reading(ctx) as s:
        cats = [{"code": c.code, "name_zh": c.name_zh, "name_en": c.name_en, "sort": c.sort}
                for c in s.scalars(select(Category).order_by(Category.sort))]
        partners = [{"code": p.code, "name_zh": p.name_zh, "name_en": p.name_en, "kind": p.kind,
                     "phone": p.phone, "address": p.address}
                    for p in s.scalars(select(Partner).order_by(Partner.code))]
        types = [{"code": t.code, "name_zh": t.name_zh, "name_en": t.name_en, "category": t.category_code,
                  "service_kind": t.service_kind, "handling_mode": t.handling_mode,
                  "materials": list(t.materials), "forms": list(t.forms),
                  "committed_days": t.committed_days, "handler": t.handler_code,
                  "closing_document": t.closing_document, "keywords": t.keywords}
                 for t in s.scalars(select(AffairType).where(AffairType.active.is_(True))
                                    .order_by(AffairType.code))]
    return CatalogueData(cats, partners, types)


def export_file(ctx: ServiceContext, fmt: str, out: str | Path) -> int:
    data = export_data(ctx)
    catalogue_io.write_file(data, fmt, out)
    from . import audit

    audit.log(ctx, "export", operation="catalogue.export_file", target="catalogue", detail=str(out))
    return len(data.affair_types)
