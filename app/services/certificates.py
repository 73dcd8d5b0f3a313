"""Certificates issued on completion: numbered from a per-type template, with
a QR payload carrying the number and a check character; a register to find,
reprint (marked as a copy) and void. Numbers never repeat, even after a void.

The certificate is handed to the resident to prove something about them, so
it carries the full document number; everything printed for others masks it.
"""
from __future__ import annotations

import json
from datetime import timedelta
from functools import lru_cache

from sqlalchemy import or_, select, update
from sqlalchemy.orm import Session
from stdnum.iso7064 import mod_37_36

from app.models import Affair, AffairType, Certificate, CertificateSequence, Household, Resident, Staff, Station
from app.printing.documents import CertificateDoc, StationHeader

from . import lifecycle
from .backoffice_dto import CertificateInfo
from .context import ServiceContext
from .errors import NotFound, ValidationError
from .identity import ID_TYPES
from .permissions import Perm
from .resources import resource
from .transfers import load_affair
from .uow import reading, writing

PAYLOAD_PREFIX = "OWC"
REASON_MAX = 500


@lru_cache(maxsize=1)
def templates() -> dict:
    with open(resource("certificates", "templates.json"), encoding="utf-8") as f:
        return json.load(f)["templates"]


def _check(number: str) -> str:
    return mod_37_36.calc_check_digit(number.replace("-", "").upper())


def payload(number: str) -> str:
    """What the QR code encodes: number and an ISO 7064 check character."""
    return f"{PAYLOAD_PREFIX}:{number}:{_check(number)}"


def parse_payload(text: str) -> str:
    """The certificate number from a scanned QR payload; a typo or forgery fails the check."""
    parts = (text or "").strip().split(":")
    if len(parts) != 3 or parts[0] != PAYLOAD_PREFIX or not parts[1] or _check(parts[1]) != parts[2]:
        raise ValidationError("certificate_payload_invalid")
    return parts[1]


def _next_number(s: Session, station: Station, year: int) -> str:
    dialect = s.get_bind().dialect.name
    # Imported here: the PostgreSQL dialect pulls in asyncio, a cost at every start.
    from sqlalchemy.dialects import postgresql, sqlite

    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    s.execute(insert(CertificateSequence).values(station_id=station.id, year=year, last=0)
              .on_conflict_do_nothing(index_elements=["station_id", "year"]))
    seq = s.execute(
        update(CertificateSequence)
        .where(CertificateSequence.station_id == station.id, CertificateSequence.year == year)
        .values(last=CertificateSequence.last + 1).returning(CertificateSequence.last)
    ).scalar_one()
    return f"{station.code}-ZM-{year}-{seq:06d}"


def _fill(template: dict, s: Session, station: Station, affair: Affair, atype: AffairType,
          resident: Resident, today) -> list[str]:
    h = s.get(Household, resident.household_id) if resident.household_id else None
    birth = resident.birth_date
    fields = {
        "name": resident.name,
        "gender": {"male": "男", "female": "女"}.get(resident.gender, ""),
        "birth": f"{birth.year}年{birth.month}月{birth.day}日" if birth else "",
        "id_label": ID_TYPES.get(resident.id_type, ("证件", ""))[0] + "号码",
        "id_number": resident.id_number,
        "address": f"{h.building}号楼{h.unit}单元{h.room}室" if h else "",
        "station": station.name, "subdistrict": station.subdistrict, "type_name": atype.name_zh,
        "affair_number": affair.number, "today": f"{today.year}年{today.month}月{today.day}日",
    }
    return [p.format(**fields).replace("，，", "，") for p in template["paragraphs"]]


def issue(ctx: ServiceContext, affair_id: int) -> CertificateInfo:
    """Number and record the certificate of a completed affair whose type closes with one."""
    actor = ctx.require(Perm.ISSUE_CERTIFICATE)
    now = ctx.now()
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        atype = s.get(AffairType, affair.affair_type_id)
        template = templates().get(atype.code)
        if atype.closing_document != "certificate" or template is None:
            raise ValidationError("certificate_not_applicable", name=atype.name_zh)
        lifecycle.target(affair.state, "certificate")
        live = s.scalar(select(Certificate.number).where(Certificate.affair_id == affair.id,
                                                         Certificate.voided_at.is_(None)))
        if live:
            raise ValidationError("certificate_exists", number=live)
        station = s.get(Station, affair.station_id)
        resident = s.get(Resident, affair.resident_id)
        number = _next_number(s, station, now.year)
        valid = template.get("valid_days")
        cert = Certificate(
            station_id=station.id, number=number, affair_id=affair.id, resident_id=resident.id,
            type_code=atype.code, title=template["title"],
            paragraphs=_fill(template, s, station, affair, atype, resident, now.date()),
            resident_name=resident.name, id_number=resident.id_number, issued_at=now,
            issued_by=actor.staff_id, valid_until=now.date() + timedelta(days=valid) if valid else None,
            print_count=1,
        )
        s.add(cert)
        lifecycle.transition(affair, "certificate", actor, now, number)
        s.flush()
        return _info(cert, affair.number, actor.name)


def _info(c: Certificate, affair_number: str, issuer: str) -> CertificateInfo:
    return CertificateInfo(c.id, c.number, c.affair_id, affair_number, c.title, c.resident_name, c.issued_at,
                           issuer, c.print_count, c.voided_at, c.void_reason)


def _load(s: Session, station_id: int, certificate_id: int) -> Certificate:
    cert = s.get(Certificate, certificate_id)
    if cert is None or cert.station_id != station_id:
        raise NotFound("certificate_not_found", ref=certificate_id)
    return cert


def document(ctx: ServiceContext, certificate_id: int, reprint: bool = False) -> CertificateDoc:
    """The printable certificate. A reprint is counted and marked as a copy;
    a voided certificate is never printed again."""
    actor = ctx.require(Perm.PRINT)
    with (writing(ctx) if reprint else reading(ctx)) as s:
        cert = _load(s, actor.station_id, certificate_id)
        if cert.voided_at is not None:
            raise ValidationError("certificate_voided", number=cert.number)
        if reprint:
            cert.print_count += 1
        station = s.get(Station, cert.station_id)
        issuer = s.get(Staff, cert.issued_by)
        return CertificateDoc(
            station=StationHeader(station.name, station.code, station.address, station.phone),
            number=cert.number, title=cert.title, paragraphs=tuple(cert.paragraphs),
            resident_name=cert.resident_name, id_number=cert.id_number, issued_on=cert.issued_at.date(),
            issuer_name=issuer.name, qr_payload=payload(cert.number), copy=reprint,
            valid_until=cert.valid_until,
        )


def void(ctx: ServiceContext, certificate_id: int, reason: str) -> None:
    actor = ctx.require(Perm.VOID_CERTIFICATE)
    now = ctx.now()
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("reason_required")
    if len(reason) > REASON_MAX:
        raise ValidationError("note_too_long", max=REASON_MAX)
    with writing(ctx) as s:
        cert = _load(s, actor.station_id, certificate_id)
        if cert.voided_at is not None:
            raise ValidationError("certificate_voided", number=cert.number)
        affair = s.get(Affair, cert.affair_id)
        lifecycle.transition(affair, "certificate_void", actor, now, f"{cert.number}：{reason}")
        cert.voided_at, cert.voided_by, cert.void_reason = now, actor.staff_id, reason


def register(ctx: ServiceContext, text: str = "", limit: int = 200) -> list[CertificateInfo]:
    """The certificate register, newest first: by number, resident name, or a scanned QR payload."""
    actor = ctx.require(Perm.SEARCH)
    text = (text or "").strip()
    if text.startswith(PAYLOAD_PREFIX + ":"):
        text = parse_payload(text)
    query = (select(Certificate, Affair.number, Staff.name)
             .join(Affair, Affair.id == Certificate.affair_id)
             .join(Staff, Staff.id == Certificate.issued_by)
             .where(Certificate.station_id == actor.station_id)
             .order_by(Certificate.issued_at.desc(), Certificate.id.desc()).limit(limit))
    if text:
        query = query.where(or_(Certificate.number.startswith(text, autoescape=True),
                                Certificate.number.endswith(text, autoescape=True),
                                Certificate.resident_name.startswith(text, autoescape=True)))
    with reading(ctx) as s:
        return [_info(c, number, issuer) for c, number, issuer in s.execute(query).all()]
