"""Reading the needs residents posted online from an export file (CSV, JSON, XLSX),
with row-level validation; docs/formats/online-needs.md is the format.

Pure data in and out: no session here. `app.services.online_needs` stores the
validated rows in one transaction, or nothing when any row is bad.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from . import errors
from .errors import DomainError, ValidationError, import_invalid, import_row

COLUMNS = ("external_ref", "posted_at", "name", "phone", "address", "text")
REQUIRED = ("external_ref", "posted_at", "name", "text")
# The columns' sizes in the online_need table; text is the platform's own limit.
MAX_LENGTH = {"external_ref": 64, "name": 64, "phone": 32, "address": 128, "text": 1000}
DATE_FORMATS = ("%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y/%m/%d %H:%M", "%Y/%m/%d %H:%M:%S")
# The platform's times are Beijing time; a time with an offset is brought to it.
BEIJING = timezone(timedelta(hours=8))
# A clock a little ahead on the platform's side is not an error; a year typed wrong is.
FUTURE_SLACK = timedelta(hours=1)
EARLIEST_YEAR = 2000  # before any station took needs online: a mistyped year

errors.register({
    "need_header_missing": ("缺少列：{columns}", "missing columns: {columns}"),
    "need_row_missing": ("缺少“{column}”", "no '{column}'"),
    "need_row_empty": ("“{column}”为空", "'{column}' is empty"),
    "need_row_too_long": (
        "“{column}”过长（{length}字，最多{max}字）", "'{column}' is too long ({length} characters, at most {max})"
    ),
    "need_row_chars": ("“{column}”含有无法保存的字符", "'{column}' holds characters that cannot be stored"),
    "need_row_not_text": ("“{column}”应为文字", "'{column}' must be text"),
    "need_row_date": (
        "发布时间“{value}”无法识别（应为 YYYY-MM-DD HH:MM）",
        "posted_at '{value}' is not a date and time (YYYY-MM-DD HH:MM)",
    ),
    "need_row_future": ("发布时间 {value} 晚于当前时间", "posted_at {value} is later than now"),
    "need_row_duplicate": (
        "编号“{ref}”在文件中重复（已见于第{other}行）", "external_ref '{ref}' appears twice (also row {other})"
    ),
    "need_row_extra": (
        "多出{count}个单元格（内容中的逗号须加英文双引号）",
        "more cells than columns ({count} extra: a comma inside a value must be quoted)",
    ),
    "need_row_not_object": ("应为一个对象 {{…}}", "must be an object {{…}}"),
    "need_file_not_utf8": (
        "文件不是UTF-8编码（在Excel中请另存为“CSV UTF-8”）", "the file is not UTF-8 text (in Excel save as 'CSV UTF-8')"
    ),
    "need_file_not_list": ("JSON文件的最外层应为列表 […]", "a JSON file must hold a list […] at the top"),
})


@dataclass(frozen=True)
class NeedRow:
    """One valid row: `row` is where it was in the file, for messages."""

    row: int
    external_ref: str
    posted_at: datetime
    name: str
    phone: str
    address: str
    text: str
    phone_posted: str = ""  # as the resident typed it, for a stored phone kept with its hyphen


# -- reading -------------------------------------------------------------------

def read_file(path: str | Path) -> list[dict]:
    """The file's records as dicts, in file order; a record may be anything in a JSON file."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".json", ".xlsx"):
        raise ValidationError("import_format", suffix=suffix or "-")
    try:
        if suffix == ".xlsx":
            return _read_xlsx(path)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as err:
            raise ValidationError("import_unreadable", detail=DomainError("need_file_not_utf8")) from err
        if "\x00" in text:
            raise ValueError("binary data, not text")
        if suffix == ".json":
            raw = json.loads(text)
            if not isinstance(raw, list):
                raise ValidationError("import_unreadable", detail=DomainError("need_file_not_list"))
            return raw
        return _read_csv(text)
    except DomainError:
        raise
    except (OSError, ValueError, KeyError, csv.Error, RecursionError) as err:
        raise ValidationError("import_unreadable", detail=str(err) or type(err).__name__) from err
    except Exception as err:  # openpyxl raises a zoo of types on corrupt files
        raise ValidationError("import_unreadable", detail=f"{type(err).__name__}: {err}") from err


class _Records(list):
    """A table's records with its header, so a missing column is named once rather than on every row."""

    def __init__(self, header: list[str] | None = None):
        super().__init__()
        self.header = header or []


def _read_csv(text: str) -> list[dict]:
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return _Records()
    names = [h.strip().lower() for h in header]
    out = _Records(names)
    for cells in reader:
        if not any(c.strip() for c in cells):
            out.append(None)  # a blank line: skipped, but it keeps the row numbers right
            continue
        record: dict = {n: v for n, v in zip(names, cells) if n}
        if len(cells) > len(names):
            record[None] = cells[len(names):]
        out.append(record)
    return out


def _read_xlsx(path: Path) -> list[dict]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        rows = wb.worksheets[0].iter_rows(values_only=True)
        header = next(rows, None)
        if header is None:
            return _Records()
        names = [str(h or "").strip().lower() for h in header]
        out = _Records(names)
        for values in rows:
            if all(v in (None, "") for v in values):
                out.append(None)
                continue
            out.append({n: ("" if v is None else v) for n, v in zip(names, values) if n})
        return out
    finally:
        wb.close()


# -- validation ----------------------------------------------------------------

def _text(value) -> str | None:
    """A cell as text; None when it is not something a person could have typed."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):  # Excel keeps a phone number as a float
        return str(int(value)) if value.is_integer() else str(value)
    return None


def _storable(value: str) -> bool:
    # PostgreSQL refuses NUL in text, and a lone surrogate (possible in JSON) cannot be encoded.
    if "\x00" in value:
        return False
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def parse_posted_at(value) -> datetime | None:
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime.combine(value, time())
    else:
        raw = _text(value)
        raw = (raw or "").strip()
        moment = None
        for fmt in DATE_FORMATS:
            try:
                moment = datetime.strptime(raw, fmt)
                break
            except ValueError:
                pass
        if moment is None:
            try:
                moment = datetime.fromisoformat(raw)
            except ValueError:
                return None
    try:
        if moment.tzinfo is not None:
            moment = moment.astimezone(BEIJING).replace(tzinfo=None)
    except OverflowError:
        return None
    if moment.year < EARLIEST_YEAR:
        return None
    return moment.replace(microsecond=0)


def digits(phone: str) -> str:
    """The phone as stored and compared: digits only, without China's country code."""
    only = re.sub(r"\D", "", phone or "")
    if len(only) == 13 and only.startswith("861"):
        only = only[2:]
    return only


def _row_problems(raw, now: datetime) -> tuple[list[DomainError], dict]:
    if not isinstance(raw, dict):
        return [DomainError("need_row_not_object")], {}
    problems: list[DomainError] = []
    values: dict = {}
    extra = raw.get(None)
    if extra:
        problems.append(DomainError("need_row_extra", count=len(extra)))
    for column in COLUMNS:
        if column == "posted_at":
            continue
        value = raw.get(column)
        if value is None:
            if column in REQUIRED:
                problems.append(DomainError("need_row_missing", column=column))
            values[column] = ""
            continue
        text = _text(value)
        if text is None:
            problems.append(DomainError("need_row_not_text", column=column))
            continue
        text = text.strip()
        if column == "name":
            text = re.sub(r"\s+", " ", text)
        if column in REQUIRED and not text:
            problems.append(DomainError("need_row_empty", column=column))
        elif len(text) > MAX_LENGTH[column]:
            problems.append(DomainError("need_row_too_long", column=column, length=len(text),
                                        max=MAX_LENGTH[column]))
        elif not _storable(text):
            problems.append(DomainError("need_row_chars", column=column))
        values[column] = text
    posted = raw.get("posted_at")
    if posted is None:
        problems.append(DomainError("need_row_missing", column="posted_at"))
    elif isinstance(posted, str) and not posted.strip():
        problems.append(DomainError("need_row_empty", column="posted_at"))
    else:
        moment = parse_posted_at(posted)
        shown = str(posted)[:40]
        if moment is None:
            problems.append(DomainError("need_row_date", value=shown))
        elif moment > now + FUTURE_SLACK:
            problems.append(DomainError("need_row_future", value=f"{moment:%Y-%m-%d %H:%M}"))
        values["posted_at"] = moment
    values["phone_posted"] = values.get("phone", "")
    values["phone"] = digits(values["phone_posted"])
    return problems, values


def validate(records: list, now: datetime) -> list[NeedRow]:
    """Every row valid, or one error naming each bad row and why.

    Row numbers are those a person sees: in a CSV or XLSX file the header is row 1;
    in a JSON file the first object is row 1. Blank lines are skipped.
    """
    first = 2 if isinstance(records, _Records) else 1
    problems: list[DomainError] = []
    if isinstance(records, _Records):
        missing = [c for c in REQUIRED if c not in records.header]
        if missing:
            raise ValidationError("import_invalid", detail=DomainError(
                "import_row", row=1, detail=DomainError("need_header_missing", columns=", ".join(missing))))
    out: list[NeedRow] = []
    seen: dict[str, int] = {}
    for number, raw in enumerate(records, start=first):
        if raw is None:
            continue
        row_problems, values = _row_problems(raw, now)
        ref = values.get("external_ref", "")
        if ref and ref in seen:
            row_problems.append(DomainError("need_row_duplicate", ref=ref[:64], other=seen[ref]))
        elif ref:
            seen[ref] = number
        if row_problems:
            problems.append(import_row(number, row_problems, ("；", "; ")))
            continue
        out.append(NeedRow(number, values["external_ref"], values["posted_at"], values["name"], values["phone"],
                           values["address"], values["text"], values["phone_posted"]))
    if problems:
        raise import_invalid(problems)
    return out
