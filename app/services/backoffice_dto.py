"""Plain data the back-office services return (queue, detail, certificates,
custody, home visits, timeline). Widgets never see ORM objects."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .dto import AffairEventInfo


@dataclass(frozen=True)
class QueueFilter:
    category_code: str = ""
    partner_code: str = ""
    worker_id: int | None = None
    state: str = ""
    deadline: str = ""


@dataclass(frozen=True)
class QueueRow:
    id: int
    number: str
    type_code: str
    type_name_zh: str
    type_name_en: str
    category_code: str
    resident_name: str
    phone_masked: str
    state: str
    accepted_at: datetime
    worker_id: int
    worker_name: str
    committed_date: date | None
    deadline: str
    time_used: float
    days_overdue: int
    urgent: bool
    urge_count: int
    partner_codes: tuple[str, ...]  # the legs' partners, or the type's handler before dispatch
    partners: tuple[str, ...]
    open_legs: int


@dataclass(frozen=True)
class QueueResult:
    rows: tuple[QueueRow, ...]
    total: int  # open affairs before filtering
    counts: dict  # deadline state -> number among the filtered rows
    urgent: int


@dataclass(frozen=True)
class DigestItem:
    id: int
    number: str
    type_name_zh: str
    type_name_en: str
    resident_name: str
    deadline: str
    committed_date: date | None
    days_overdue: int


@dataclass(frozen=True)
class Digest:
    overdue: int
    due_soon: int
    urgent: int
    items: tuple[DigestItem, ...]  # the most pressing few


@dataclass(frozen=True)
class LegInfo:
    id: int
    position: int
    partner_code: str
    partner_name_zh: str
    partner_name_en: str
    kind: str
    state: str
    request: str
    dispatched_at: datetime
    urge_count: int
    result: str
    feedback: str
    feedback_at: datetime | None


@dataclass(frozen=True)
class CallInInfo:
    id: int
    partner_code: str
    partner_name_zh: str
    partner_name_en: str
    called_at: datetime
    checked_in_at: datetime | None
    note: str


@dataclass(frozen=True)
class CustodyInfo:
    id: int
    name: str
    copies: int
    taken_at: datetime
    returned_at: datetime | None
    note: str


@dataclass(frozen=True)
class CertificateInfo:
    id: int
    number: str
    affair_id: int
    affair_number: str
    title: str
    resident_name: str
    issued_at: datetime
    issuer_name: str
    print_count: int
    voided_at: datetime | None
    void_reason: str


@dataclass(frozen=True)
class AffairDetail:
    id: int
    number: str
    type_code: str
    type_name_zh: str
    type_name_en: str
    category_code: str
    handling_mode: str
    closing_document: str
    handler_code: str
    resident_id: int
    resident_name: str
    resident_id_masked: str
    resident_phone_masked: str
    resident_address: str
    state: str
    channel: str
    accepted_at: datetime
    worker_name: str
    committed_date: date | None
    deadline: str
    days_overdue: int
    urgent: bool
    urgent_at: datetime | None
    urge_count: int
    phone_consent: bool
    notified_at: datetime | None
    notify_method: str
    satisfaction: int | None
    satisfaction_comment: str
    no_rating_reason: str
    visits: int
    note: str
    legs: tuple[LegInfo, ...]
    call_ins: tuple[CallInInfo, ...]
    events: tuple[AffairEventInfo, ...]
    authorisation_scope: str
    authorised_at: datetime | None
    custody: tuple[CustodyInfo, ...]
    certificates: tuple[CertificateInfo, ...]
    actions: tuple[str, ...]  # what the state machine allows next


@dataclass(frozen=True)
class TimelineEntry:
    affair_id: int
    number: str
    type_name_zh: str
    type_name_en: str
    state: str
    accepted_at: datetime
    completed_at: datetime | None
    visits: int
    satisfaction: int | None
    events: tuple[AffairEventInfo, ...]


@dataclass(frozen=True)
class ResidentTimeline:
    resident_id: int
    resident_name: str
    entries: tuple[TimelineEntry, ...]  # newest first
    affairs: int
    visited_once: int  # affairs the resident came to the station for only once
    home_visits: tuple["HomeVisitInfo", ...]


@dataclass(frozen=True)
class GridInfo:
    id: int
    name: str
    staff_id: int | None
    staff_name: str
    blocks: tuple[tuple[str, str], ...]  # (building, unit); unit '' = the whole building
    households: int
    residents: int


@dataclass(frozen=True)
class VisitLogInfo:
    at: datetime
    staff_name: str
    outcome: str
    note: str
    affair_id: int | None
    affair_number: str


@dataclass(frozen=True)
class HomeVisitInfo:
    id: int
    grid_id: int | None
    grid_name: str
    resident_id: int | None
    resident_name: str
    address: str
    affair_id: int | None
    affair_number: str
    staff_id: int
    staff_name: str
    purpose: str
    planned_on: date
    state: str
    log: tuple[VisitLogInfo, ...]
