"""The daily report and the dashboard as plain data.

Built by app.services.reports from the database; rendered to PDF, XLSX and CSV
by the printing layer and shown by the screens. Every label is carried in both
languages so one report can be written in either without going back to the
database.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .documents import StationHeader


@dataclass(frozen=True)
class Breakdown:
    """One row of a "by category / kind / mode / worker / channel" table, over affairs accepted in the range."""

    key: str
    label_zh: str
    label_en: str
    accepted: int
    on_the_spot: int  # handled and finished at the desk
    transferred: int  # accepted to be transferred (collect-and-submit or transfer types)
    once_only: int  # the resident came only once

    def label(self, lang: str) -> str:
        return self.label_en if lang == "en" else self.label_zh


@dataclass(frozen=True)
class Totals:
    accepted: int  # every affair registered in the range, one-time notices included
    on_the_spot: int
    transferred: int
    awaiting_materials: int  # a one-time notice was issued and the materials are still missing
    once_only: int  # of the accepted, the resident came only once
    completed: int  # closed in the range (whenever accepted)
    completed_on_time: int  # of those with a committed date, closed on or before it
    completed_with_deadline: int
    referred: int  # referred out of scope in the range
    overdue: int  # open at the end of the range and past the committed date

    @property
    def on_time_rate(self) -> float | None:
        return self.completed_on_time / self.completed_with_deadline if self.completed_with_deadline else None

    @property
    def once_only_share(self) -> float | None:
        return self.once_only / self.accepted if self.accepted else None


@dataclass(frozen=True)
class Satisfaction:
    """Ratings given when affairs were closed in the range."""

    distribution: tuple[int, int, int, int, int]  # how many rated 1, 2, 3, 4, 5
    unrated: int  # closed with a reason for having no rating

    @property
    def rated(self) -> int:
        return sum(self.distribution)

    @property
    def average(self) -> float | None:
        n = self.rated
        return sum((i + 1) * c for i, c in enumerate(self.distribution)) / n if n else None


@dataclass(frozen=True)
class TicketFigures:
    issued: int
    served: int  # called and finished
    average_wait_minutes: float | None  # issued -> called
    average_service_minutes: float | None  # called -> finished


@dataclass(frozen=True)
class DayFigures:
    day: date
    accepted: int
    completed: int
    completed_on_time: int
    completed_with_deadline: int
    rated: int
    rating_sum: int

    @property
    def on_time_rate(self) -> float | None:
        return self.completed_on_time / self.completed_with_deadline if self.completed_with_deadline else None

    @property
    def average_rating(self) -> float | None:
        return self.rating_sum / self.rated if self.rated else None


@dataclass(frozen=True)
class OverdueRow:
    number: str
    accepted_at: datetime
    resident_name: str
    id_number: str  # masked unless the reader's role may see it in full
    phone: str  # masked likewise
    type_name_zh: str
    type_name_en: str
    category_zh: str
    category_en: str
    committed_date: date | None  # None for an urgent affair due the day it was whistled
    due_date: date  # the committed date, or the whistle day of an urgent affair
    days_overdue: int  # working days past the due date at the end of the range
    state_zh: str
    state_en: str
    worker: str
    partners: str  # partners still holding an open leg, "、"-joined
    urgent: bool


@dataclass(frozen=True)
class Report:
    station: StationHeader
    day_from: date
    day_to: date
    as_of: date  # the overdue list is as of this day: the range's end, or today if the range runs on
    generated_at: datetime
    generated_by: str
    masked: bool  # ID numbers and phones are masked
    totals: Totals
    by_category: tuple[Breakdown, ...]
    by_service_kind: tuple[Breakdown, ...]
    by_handling_mode: tuple[Breakdown, ...]
    by_worker: tuple[Breakdown, ...]
    by_channel: tuple[Breakdown, ...]
    satisfaction: Satisfaction
    tickets: TicketFigures
    days: tuple[DayFigures, ...]  # every day from day_from to as_of, quiet days included
    overdue: tuple[OverdueRow, ...]  # most overdue first

    @property
    def single_day(self) -> bool:
        return self.day_from == self.day_to


@dataclass(frozen=True)
class Dashboard:
    """Today at a glance and the last 30 days, for the stationmaster's screen."""

    today: date
    waiting: int  # tickets issued today not yet called
    open: int  # affairs the back office still owes the resident something on
    due_soon: int
    overdue: int
    urgent: int
    accepted_today: int
    completed_today: int
    days: tuple[DayFigures, ...]  # the last 30 days, today included
    by_category: tuple[Breakdown, ...]  # over the same 30 days
    satisfaction: Satisfaction  # over the same 30 days
