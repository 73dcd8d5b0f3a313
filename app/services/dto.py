"""Plain, immutable data the services return. Widgets never see ORM objects."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True)
class CategoryInfo:
    code: str
    name_zh: str
    name_en: str
    type_count: int


@dataclass(frozen=True)
class PartnerInfo:
    code: str
    name_zh: str
    name_en: str
    kind: str
    phone: str
    address: str


@dataclass(frozen=True)
class MaterialSpec:
    name_zh: str
    name_en: str
    required: bool


@dataclass(frozen=True)
class FormSpec:
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class AffairTypeSummary:
    code: str
    name_zh: str
    name_en: str
    category_code: str
    service_kind: str
    handling_mode: str
    committed_days: int
    use_count: int


@dataclass(frozen=True)
class AffairTypeDetail(AffairTypeSummary):
    materials: tuple[MaterialSpec, ...] = ()
    forms: tuple[FormSpec, ...] = ()
    handler_code: str = ""
    handler_name_zh: str = ""
    handler_name_en: str = ""
    closing_document: str = "receipt"
    keywords: str = ""
    active: bool = True


@dataclass(frozen=True)
class ResidentSummary:
    id: int
    name: str
    gender: str
    age: int | None
    id_type: str
    id_masked: str
    phone_masked: str
    address: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class HouseholdMember:
    id: int
    name: str
    relation: str
    age: int | None


@dataclass(frozen=True)
class ResidentDetail(ResidentSummary):
    birth_date: date | None = None
    building: str = ""
    unit: str = ""
    room: str = ""
    relation: str = ""
    household: tuple[HouseholdMember, ...] = ()


@dataclass(frozen=True)
class NewResident:
    name: str
    id_type: str
    id_number: str
    phone: str = ""
    building: str = ""
    unit: str = ""
    room: str = ""
    relation: str = ""
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class AffairSummary:
    id: int
    number: str
    type_code: str
    type_name_zh: str
    type_name_en: str
    state: str
    handling_mode: str
    accepted_at: datetime
    committed_date: date | None
    visits: int


@dataclass(frozen=True)
class AffairEventInfo:
    kind: str
    from_state: str
    to_state: str
    at: datetime
    actor_name: str
    desk: str
    note: str


@dataclass(frozen=True)
class AffairResult:
    id: int
    number: str
    state: str
    handling_mode: str
    committed_date: date | None
    committed_date_provisional: bool
    materials_missing: tuple[str, ...] = ()
    materials_home_visit: tuple[str, ...] = ()
    closing_document: str = "receipt"
    events: tuple[AffairEventInfo, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class StationInfo:
    id: int
    code: str
    name: str
    subdistrict: str
    address: str
    phone: str


@dataclass(frozen=True)
class StaffInfo:
    id: int
    username: str
    name: str
    role: str
