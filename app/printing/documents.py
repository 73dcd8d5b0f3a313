"""Plain data the services hand to the printing module.

Nothing here knows about the database or the UI: the services build these
frozen dataclasses and the renderers turn them into PDF.  Personal data must
arrive already masked (``resident_id_masked``, ``resident_phone_masked``);
the renderers print it as given.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal

Paper = Literal["A5", "roll80"]
PAPERS: tuple[str, ...] = ("A5", "roll80")

HandlingMode = Literal["on_the_spot", "collect_submit", "transfer"]
HANDLING_MODE_LABELS: dict[str, str] = {
    "on_the_spot": "即办件",
    "collect_submit": "代办上报件",
    "transfer": "转办件",
}

STATE_LABELS: dict[str, str] = {
    "completed": "已办结",
    "accepted": "已受理",
}


@dataclass(frozen=True)
class StationHeader:
    name: str  # e.g. "西城区广内街道槐柏树街北社区服务站"
    code: str  # e.g. "XC0712"
    address: str
    phone: str


@dataclass(frozen=True)
class ReceiptDoc:  # 受理回执
    station: StationHeader
    affair_number: str  # e.g. "XC0712-20261123-0007"
    affair_type_code: str
    affair_type_name: str  # Chinese name
    handling_mode: str  # "on_the_spot" | "collect_submit" | "transfer"
    state: str  # "completed" | "accepted"
    resident_name: str
    resident_id_masked: str  # "110101********1234" (already masked; printed as given)
    resident_phone_masked: str  # "138****5678" or ""
    accepted_at: datetime
    worker_name: str
    committed_date: date | None  # None for on-the-spot
    handler_name: str  # department / partner that handles it
    materials_provided: tuple[str, ...]
    materials_by_home_visit: tuple[str, ...]  # to be collected at home visit
    note: str = ""


@dataclass(frozen=True)
class NoticeDoc:  # 一次性告知单
    station: StationHeader
    notice_number: str  # the affair number it is recorded under
    affair_type_code: str
    affair_type_name: str
    resident_name: str
    resident_id_masked: str
    issued_at: datetime
    worker_name: str
    materials_missing: tuple[str, ...]  # everything still needed
    materials_provided: tuple[str, ...]
    forms: tuple[str, ...]  # forms to fill
    committed_days: int  # working days once complete (0 = on the spot)
    note: str = ""


REFERRAL_KINDS: dict[str, str] = {
    "dispatch": "转办单",  # to a department / partner that handles the affair
    "referral": "转介单",  # the claim is out of scope: the resident is referred on
}


@dataclass(frozen=True)
class ReferralDoc:  # 转办单 / 转介单
    station: StationHeader
    slip_number: str  # affair number + leg number, e.g. "XCQG01-20261123-0007-2"
    affair_number: str
    affair_type_code: str
    affair_type_name: str
    kind: str  # "dispatch" | "referral"
    partner_name: str
    partner_phone: str
    partner_address: str
    resident_name: str
    resident_id_masked: str  # always masked
    resident_phone: str  # masked unless the resident consented; printed as given
    resident_address: str  # e.g. "3号楼2单元501"
    request: str  # what the partner is asked to do (free text, may be long)
    materials_provided: tuple[str, ...]
    committed_date: date | None  # reply / complete by
    urgent: bool  # 街乡吹哨、部门报到: printed with a prominent "紧急 · 当日办结" mark
    dispatched_at: datetime
    dispatcher_name: str


@dataclass(frozen=True)
class CertificateDoc:  # 证明, issued on completion (A4 portrait)
    station: StationHeader
    number: str  # e.g. "XCQG01-ZM-2026-000123"
    title: str  # e.g. "居住证明"
    paragraphs: tuple[str, ...]  # body, already filled from the per-type template
    resident_name: str
    id_number: str  # printed as given
    issued_on: date
    issuer_name: str
    qr_payload: str  # encoded exactly as given
    copy: bool = False  # a reprint: marked "副本 COPY"
    valid_until: date | None = None


@dataclass(frozen=True)
class CustodyLine:
    name: str  # e.g. "户口簿原件"
    copies: int
    taken_at: datetime
    returned_at: datetime | None  # None: still held by the station
    note: str = ""


@dataclass(frozen=True)
class HandoverDoc:  # 全程代办材料交接单
    station: StationHeader
    affair_number: str
    affair_type_code: str
    affair_type_name: str
    resident_name: str
    resident_id_masked: str
    authorised_at: datetime
    authorisation_scope: str  # what the resident authorised the station to do for them
    lines: tuple[CustodyLine, ...]
    printed_at: datetime
    worker_name: str


@dataclass(frozen=True)
class TicketDoc:  # 排队取号单 (80 mm roll)
    station: StationHeader
    code: str  # "A012" ordinary, "V003" green channel
    issued_at: datetime
    priority: bool
    priority_label: str  # e.g. "80岁以上老人"; printed with the 绿色通道 mark
    waiting_ahead: int
    estimated_wait_minutes: int
    masked_name: str  # "张**" or ""; never the full name
    appointment_slot: time | None = None
