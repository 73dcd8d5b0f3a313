"""Plain, immutable data the case services return."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PlanItem:
    goal: str
    services: str = ""
    resources: str = ""


@dataclass(frozen=True)
class CaseSummary:
    id: int
    number: str
    resident_name: str
    worker_name: str
    title: str
    stage: str
    opened_at: datetime
    closed_at: datetime | None
    note_count: int
    resident_id: int = 0
    worker_id: int = 0


@dataclass(frozen=True)
class CaseNoteInfo:
    id: int
    at: datetime
    stage: str
    staff_name: str
    text: str


@dataclass(frozen=True)
class CaseLinkInfo:
    """Either an affair (affair_id set) or a partner organisation (partner_code set)."""

    affair_id: int | None
    affair_number: str
    affair_type_zh: str
    affair_type_en: str
    affair_state: str
    affair_resident_name: str
    partner_code: str | None
    partner_name_zh: str
    partner_name_en: str


@dataclass(frozen=True)
class CaseDetail(CaseSummary):
    resident_id_masked: str = ""
    resident_address: str = ""
    opened_by_name: str = ""
    plan: tuple[PlanItem, ...] = ()
    notes: tuple[CaseNoteInfo, ...] = ()
    links: tuple[CaseLinkInfo, ...] = ()
    goals_met: str = ""
    satisfaction: int | None = None
    evaluation: str = ""
