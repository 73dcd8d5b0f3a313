"""Plain data the reception services return: appointment slots, appointments,
queue tickets and the waiting-area board. Labels are (中文, English) pairs."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

CHANNELS = ("desk", "phone", "online", "door_to_door")
CHANNEL_LABELS = {
    "desk": ("窗口预约", "at the desk"),
    "phone": ("电话预约", "by phone"),
    "online": ("网上预约", "online"),
    "door_to_door": ("上门服务", "door to door"),
}
APPOINTMENT_STATES = ("booked", "checked_in", "no_show", "cancelled", "done")
APPOINTMENT_STATE_LABELS = {
    "booked": ("已预约", "booked"),
    "checked_in": ("已签到", "checked in"),
    "no_show": ("未到", "no-show"),
    "cancelled": ("已取消", "cancelled"),
    "done": ("已办理", "done"),
}
PRIORITY_REASONS = ("aged_80", "disabled", "pregnant", "appointment")
PRIORITY_LABELS = {
    "aged_80": ("80岁以上老人", "aged 80+"),
    "disabled": ("残疾人", "disabled"),
    "pregnant": ("孕妇", "pregnant"),
    "appointment": ("预约按时到达", "on-time appointment"),
}
TICKET_STATES = ("waiting", "called", "done", "skipped")
TICKET_STATE_LABELS = {
    "waiting": ("等候中", "waiting"),
    "called": ("已叫号", "called"),
    "done": ("已办理", "done"),
    "skipped": ("过号", "skipped"),
}


@dataclass(frozen=True)
class SlotRuleInfo:
    weekday: int  # 0 = Monday
    start: time
    end: time
    minutes: int  # length of one slot
    capacity: int  # residents per slot


@dataclass(frozen=True)
class SlotInfo:
    start: time
    end: time
    capacity: int
    booked: int
    free: int


@dataclass(frozen=True)
class AppointmentInfo:
    id: int
    resident_id: int
    resident_name: str
    phone_masked: str
    type_code: str
    type_name_zh: str
    type_name_en: str
    day: date
    slot: time
    channel: str
    state: str
    note: str
    external_ref: str | None
    checked_in_at: datetime | None
    affair_id: int | None
    ticket_code: str  # "" until checked in
    slot_end: time | None = None
    cancel_reason: str = ""
    created_at: datetime | None = None


@dataclass(frozen=True)
class TicketInfo:
    id: int
    code: str  # A012 ordinary, V003 green channel
    number: int
    day: date
    priority: bool
    priority_reason: str
    resident_id: int | None
    resident_name: str
    masked_name: str  # 张** -- the only form that may appear on the board or the slip
    appointment_id: int | None
    type_code: str
    state: str
    issued_at: datetime
    called_at: datetime | None
    desk: str
    calls: int
    finished_at: datetime | None
    waiting_ahead: int
    estimated_wait_minutes: int


@dataclass(frozen=True)
class BoardEntry:
    code: str
    desk: str
    masked_name: str
    called_at: datetime
    calls: int


@dataclass(frozen=True)
class Board:
    called: tuple[BoardEntry, ...]  # newest call first
    waiting: int
    priority_waiting: int
    version: str  # changes whenever a ticket of today is issued, called, recalled or finished


@dataclass(frozen=True)
class TicketTimes:
    code: str
    priority: bool
    issued_at: datetime
    called_at: datetime | None
    finished_at: datetime | None
    wait_minutes: float | None
    service_minutes: float | None
    day: date | None = None
    desk: str = ""
    state: str = ""


@dataclass(frozen=True)
class ImportReport:
    created: int
    skipped: int  # rows whose external_ref was imported before
