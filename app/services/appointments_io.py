"""Reading online-booking files (CSV, JSON) into checked rows.

Pure data: no session here. `appointments.import_file` looks the rows up in
the database and books them in one transaction. The format is documented in
docs/formats/appointments.md.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from . import errors
from .errors import DomainError, ValidationError
from .identity import normalise

COLUMNS = ("external_ref", "id_number", "phone", "name", "day", "slot", "type_code", "note")
REQUIRED = ("external_ref", "name", "day", "slot")
MAX_ROWS = 5000
MAX_BYTES = 10 * 1024 * 1024
LIMITS = {"external_ref": 64, "id_number": 32, "phone": 32, "name": 64, "type_code": 16, "note": 1000}
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_SLOT = re.compile(r"^(\d{1,2}):(\d{2})(?::00)?$")
# Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belongs in a booking.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

errors.register({
    "appointment_import_columns": ("缺少必需的列：{columns}", "required columns are missing: {columns}"),
    "appointment_import_empty": ("文件中没有预约记录", "the file holds no appointments"),
    "appointment_import_too_many": ("记录过多（最多{max}条），请分批导入", "too many rows (at most {max}); import in parts"),
    "appointment_import_not_object": ("该条不是一个对象（{{…}}）", "the entry is not an object ({{…}})"),
    "appointment_import_missing": ("缺少{field}", "{field} is missing"),
    "appointment_import_who": ("缺少 id_number 或 phone（至少填写一项）", "id_number or phone is missing (one is needed)"),
    "appointment_import_not_text": ("{field}应为文字", "{field} must be text"),
    "appointment_import_too_long": ("{field}过长（最多{max}个字符）", "{field} is too long (at most {max} characters)"),
    "appointment_import_control": ("{field}含有控制字符", "{field} contains control characters"),
    "appointment_import_day": ("日期“{value}”应为 YYYY-MM-DD", "day '{value}' must be YYYY-MM-DD"),
    "appointment_import_slot": ("时段“{value}”应为 HH:MM", "slot '{value}' must be HH:MM"),
    "appointment_import_ref_repeated": ("预约编号 {ref} 在文件中出现多次", "external_ref {ref} appears more than once"),
    "appointment_import_resident": ("找不到居民（{who}）", "no resident found for {who}"),
    "appointment_import_ambiguous": ("电话 {phone} 对应多位居民，请填写证件号码",
                                     "phone {phone} belongs to several residents; give the id_number"),
    "appointment_import_name": ("姓名“{name}”与登记的居民姓名不符", "name '{name}' does not match the registered resident"),
    "appointment_import_twice": ("该居民在此时段已有预约", "the resident already has an appointment in this slot"),
})


@dataclass(frozen=True)
class BookingRow:
    """One row, fields checked for shape (the database checks come later)."""

    row: int | str  # the line a person sees (header = 1), or the entry's position in a JSON list
    external_ref: str
    id_number: str
    phone: str
    name: str
    day: date
    slot: time
    type_code: str
    note: str


# Kept under their old names: appointments.py reports its rows through them.
invalid = errors.import_invalid
row_error = errors.import_row


# -- reading -------------------------------------------------------------------

def read_rows(path: str | Path) -> list[tuple[int, object]]:
    """(row number, raw entry) for each booking in the file; raises a clear error for a file that
    cannot be read or has the wrong shape."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json"):
        raise ValidationError("import_format", suffix=suffix or "-")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        text = path.read_bytes().decode("utf-8-sig")
        if suffix == ".json":
            raw = json.loads(text)
            if isinstance(raw, dict):
                raw = raw.get("appointments")
            if not isinstance(raw, list):
                raise ValueError('expected a list of appointments or {"appointments": [...]}')
            rows = list(enumerate(raw, start=1))
        else:
            reader = csv.DictReader(io.StringIO(text, newline=""))
            header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
            missing = [c for c in REQUIRED if c not in header]
            if not ("id_number" in header or "phone" in header):
                missing.append("id_number/phone")
            if missing:
                raise invalid([DomainError("appointment_import_columns", columns=", ".join(missing))])
            reader.fieldnames = header
            # Data lines start after the header (line 1); blank lines are skipped by DictReader,
            # so the reader's own line count is what a person sees in an editor.
            rows = []
            for entry in reader:
                rows.append((reader.line_num, entry))
    except DomainError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, csv.Error, RecursionError) as err:
        raise ValidationError("import_unreadable", detail=str(err) or type(err).__name__) from err
    if not rows:
        raise invalid([DomainError("appointment_import_empty")])
    if len(rows) > MAX_ROWS:
        raise invalid([DomainError("appointment_import_too_many", max=MAX_ROWS)])
    return rows


def _text(entry: dict, field: str, problems: list[DomainError]) -> str:
    value = entry.get(field)
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        problems.append(DomainError("appointment_import_not_text", field=field))
        return ""
    value = str(value).strip()
    if field != "note":
        value = re.sub(r"\s+", " ", value)
    if _CONTROL.search(value):
        problems.append(DomainError("appointment_import_control", field=field))
        return ""
    if len(value) > LIMITS.get(field, 64):
        problems.append(DomainError("appointment_import_too_long", field=field, max=LIMITS.get(field, 64)))
        return ""
    return value


def _short(value: str) -> str:
    return value if len(value) <= 20 else value[:20] + "…"


def parse_day(value: str) -> date:
    m = _DAY.match(value)
    if not m:
        raise ValueError(value)
    return date(int(m[1]), int(m[2]), int(m[3]))


def parse_slot(value: str) -> time:
    m = _SLOT.match(value)
    if not m:
        raise ValueError(value)
    return time(int(m[1]), int(m[2]))


def parse_row(row, entry: object) -> tuple[BookingRow | None, list[DomainError]]:
    """Check one entry's fields; a row with problems comes back as None with each problem."""
    if not isinstance(entry, dict):
        return None, [DomainError("appointment_import_not_object")]
    entry = {str(k).strip().lower(): v for k, v in entry.items() if k is not None}
    problems: list[DomainError] = []
    values = {field: _text(entry, field, problems) for field in COLUMNS}
    for field in REQUIRED:
        if not values[field] and not any(p.params.get("field") == field for p in problems):
            problems.append(DomainError("appointment_import_missing", field=field))
    values["id_number"] = normalise(values["id_number"])
    values["phone"] = re.sub(r"[\s-]", "", values["phone"])
    if not values["id_number"] and not values["phone"]:
        problems.append(DomainError("appointment_import_who"))
    day = slot = None
    if values["day"]:
        try:
            day = parse_day(values["day"])
        except ValueError:
            problems.append(DomainError("appointment_import_day", value=_short(values["day"])))
    if values["slot"]:
        try:
            slot = parse_slot(values["slot"])
        except ValueError:
            problems.append(DomainError("appointment_import_slot", value=_short(values["slot"])))
    if problems:
        return None, problems
    return BookingRow(row, values["external_ref"], values["id_number"], values["phone"], values["name"], day, slot,
                      values["type_code"].upper(), values["note"]), []
