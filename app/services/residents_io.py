"""Importing residents from a spreadsheet (XLSX or CSV) the station already keeps.

`plan` is the dry run: every row checked by the same rules as registration at the desk
(app.services.residents) and compared with the residents already registered. `apply` writes
the plan in one transaction, and only when every row is valid. The format is documented in
docs/formats/residents.md.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Household, Resident, ResidentTag

from . import audit_trail, errors
from .context import ServiceContext
from .errors import DomainError, ValidationError, import_invalid, import_row
from .identity import ID_TYPES, check_id, mask_id, mask_phone, normalise
from .permissions import Perm
from .pinyin import initials
from .residents import (
    ADDRESS_PART_MAX, RELATIONS, TAG_LABELS, check_tags, clean_address, clean_name, clean_phone,
)
from .uow import reading, writing

FIELDS = ("name", "id_type", "id_number", "phone", "building", "unit", "room", "relation", "tags")
REQUIRED = ("name", "id_number")
MAX_ROWS = 5000
MAX_COLUMNS = 64
MAX_BYTES = 10 * 1024 * 1024
ADDRESS_MAX = ADDRESS_PART_MAX
# Control characters other than tab and line breaks: PostgreSQL refuses NUL, and none belongs in a register.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

errors.register({
    "residents_import_columns": ("缺少必需的列：{columns}（可用 --map 指定列）",
                                 "required columns are missing: {columns} (name them with a mapping)"),
    "residents_import_field": ("未知的字段：{field}（可用：{fields}）", "unknown field: {field} (use one of: {fields})"),
    "residents_import_no_column": ("文件中没有列“{column}”", "the file has no column '{column}'"),
    "residents_import_field_twice": ("字段 {field} 对应了多个列：{columns}",
                                     "field {field} is given by several columns: {columns}"),
    "residents_import_empty": ("文件中没有居民记录", "the file holds no residents"),
    "residents_import_too_many": ("记录过多（最多{max}条），请分批导入", "too many rows (at most {max}); import in parts"),
    "residents_import_control": ("{field}含有控制字符", "{field} contains control characters"),
    "residents_import_too_long": ("{field}过长（最多{max}个字符）", "{field} is too long (at most {max} characters)"),
    "residents_import_relation": ("未知的与户主关系：{relation}", "unknown relation to the head of household: {relation}"),
    "residents_import_repeated": ("证件号码与第{row}行重复", "the document number repeats row {row}"),
    "residents_import_conflict": ("导入期间其他窗口登记了相同证件的居民，未导入任何内容，请重试。",
                                  "Another desk registered one of these documents meanwhile; nothing was "
                                  "imported, try again."),
})

# Header texts people actually write, lower-cased with spaces, underscores and colons removed.
_HEADERS = {
    "name": ("姓名", "名字", "居民姓名", "name", "fullname"),
    "id_type": ("证件类型", "证件种类", "documenttype", "idtype", "doctype"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "证件号", "公民身份号码", "idnumber", "documentnumber",
                  "idno"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "联系方式", "phone", "mobile",
              "telephone", "tel"),
    "building": ("楼", "楼号", "楼栋", "楼栋号", "building", "bldg"),
    "unit": ("单元", "单元号", "unit"),
    "room": ("室", "房号", "房间号", "门牌号", "room"),
    "relation": ("与户主关系", "户主关系", "关系", "relation", "relationship"),
    "tags": ("标签", "人员类别", "tags", "tag"),
}
_HEADER_FIELD = {alias: field for field, aliases in _HEADERS.items() for alias in aliases}

_ID_TYPE_WORDS = {
    **{code: code for code in ID_TYPES},
    **{zh.lower(): code for code, (zh, _en) in ID_TYPES.items()},
    **{en.lower(): code for code, (_zh, en) in ID_TYPES.items()},
    "身份证": "resident_id", "二代身份证": "resident_id", "id card": "resident_id",
    "港澳通行证": "hk_macao_permit", "回乡证": "hk_macao_permit",
    "台胞证": "taiwan_permit", "永居证": "foreign_permanent", "外国人永久居留证": "foreign_permanent",
}
_RELATION_WORDS = {
    **{code: code for code in RELATIONS},
    "户主": "head", "本人": "head", "配偶": "spouse", "妻": "spouse", "妻子": "spouse", "夫": "spouse",
    "丈夫": "spouse", "子女": "child", "子": "child", "女": "child", "儿子": "child", "女儿": "child",
    "父母": "parent", "父亲": "parent", "母亲": "parent", "孙子女": "grandchild", "孙子": "grandchild",
    "孙女": "grandchild", "外孙": "grandchild", "外孙女": "grandchild", "兄弟姐妹": "sibling",
    "兄弟": "sibling", "姐妹": "sibling", "其他": "other",
}
_TAG_WORDS = {
    **{code: code for code in TAG_LABELS},
    **{zh: code for code, (zh, _en) in TAG_LABELS.items()},
    **{en: code for code, (_zh, en) in TAG_LABELS.items()},
    "残疾": "disabled", "低保": "low_income", "低收入户": "low_income",
}
_TAG_SPLIT = re.compile(r"[,，、;；/|\s]+")


@dataclass(frozen=True)
class SheetRow:
    row_no: int  # the line a person sees in Excel or an editor (the header is its own line)
    cells: tuple[str, ...]  # aligned with ImportSheet.columns, as text


@dataclass(frozen=True)
class ImportSheet:
    columns: tuple[str, ...]
    rows: tuple[SheetRow, ...]


@dataclass(frozen=True)
class PlanRow:
    row_no: int
    name: str
    id_masked: str
    action: str  # create | update | skip | invalid (the row has errors)
    errors: tuple[str, ...] = ()
    changes: tuple[str, ...] = ()  # for "update": the fields that differ (name, phone, address, relation, tags)


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[PlanRow, ...]
    counts: dict  # {"create": n, "update": n, "skip": n, "invalid": n}
    mapping: dict  # column -> field, as used


# -- reading -------------------------------------------------------------------

def read_rows(path: str | Path) -> ImportSheet:
    """The first sheet of an .xlsx, or a .csv in UTF-8 (BOM or not) or GB18030; header = first non-empty row."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError("import_format", suffix=suffix or "-")
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValueError(f"the file is larger than {MAX_BYTES // (1024 * 1024)} MB")
        raw_rows = _csv_rows(path.read_bytes()) if suffix == ".csv" else _xlsx_rows(path)
        sheet = _sheet(raw_rows)
    except DomainError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, csv.Error, RecursionError) as err:
        raise ValidationError("import_unreadable", detail=str(err) or type(err).__name__) from err
    except Exception as err:  # openpyxl and zipfile raise a zoo of types on corrupt files
        raise ValidationError("import_unreadable", detail=f"{type(err).__name__}: {err}") from err
    return sheet


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Excel on a Chinese Windows saves "CSV (逗号分隔)" in the ANSI code page: GBK, a subset of GB18030.
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ValueError("the text is neither UTF-8 nor GB18030 (GBK)") from None


def _csv_rows(data: bytes):
    reader = csv.reader(io.StringIO(_decode(data), newline=""))
    for cells in reader:
        # line_num is the reader's line after this record: a quoted cell may span lines.
        yield reader.line_num, cells


def _xlsx_rows(path: Path):
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        if not wb.worksheets:
            raise ValueError("the workbook has no sheet")
        ws = wb.worksheets[0]
        # Some writers declare a huge used range; reading by the parsed rows avoids padding to it.
        ws.reset_dimensions()
        for row_no, values in enumerate(ws.iter_rows(values_only=True, max_col=MAX_COLUMNS), start=1):
            yield row_no, [_cell_text(v) for v in values]
    finally:
        wb.close()


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a phone or room typed as a number: 501.0 -> "501"
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


def _sheet(raw_rows) -> ImportSheet:
    columns: tuple[str, ...] | None = None
    rows: list[SheetRow] = []
    for row_no, cells in raw_rows:
        cells = [str(c).strip() for c in cells[:MAX_COLUMNS]]
        if not any(cells):
            continue
        if columns is None:
            while not cells[-1]:
                cells.pop()  # a sheet read to a fixed width pads the header with empty cells
            columns = tuple(re.sub(r"\s+", " ", c) for c in cells)
            continue
        if len(rows) >= MAX_ROWS:
            raise import_invalid([DomainError("residents_import_too_many", max=MAX_ROWS)])
        cells += [""] * (len(columns) - len(cells))
        rows.append(SheetRow(row_no, tuple(cells[:len(columns)])))
    return ImportSheet(columns or (), tuple(rows))


# -- mapping -------------------------------------------------------------------

def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-:：()（）*]", "", text or "").lower()


def guess_mapping(columns) -> dict[str, str]:
    """column -> field for the headers recognised (Chinese or English); the first column wins a field."""
    mapping: dict[str, str] = {}
    for column in columns:
        field = _HEADER_FIELD.get(_header_key(column))
        if field and field not in mapping.values() and column not in mapping:
            mapping[column] = field
    return mapping


def _mapping(columns: tuple[str, ...], given: dict | None) -> dict[str, str]:
    """The guessed mapping with the given one laid over it (a column given "" is ignored)."""
    problems: list[DomainError] = []
    mapping = guess_mapping(columns)
    for column, field in (given or {}).items():
        column, field = str(column).strip(), str(field or "").strip()
        if column not in columns:
            problems.append(DomainError("residents_import_no_column", column=column))
            continue
        if field and field not in FIELDS:
            problems.append(DomainError("residents_import_field", field=field, fields=", ".join(FIELDS)))
            continue
        # The caller's word for a field replaces the guessed column for it.
        mapping = {c: f for c, f in mapping.items() if c != column and f != field}
        if field:
            mapping[column] = field
    for field in FIELDS:
        given_by = [c for c, f in mapping.items() if f == field]
        if len(given_by) > 1:
            problems.append(DomainError("residents_import_field_twice", field=field, columns=", ".join(given_by)))
    missing = [f for f in REQUIRED if f not in mapping.values()]
    if missing:
        problems.append(DomainError("residents_import_columns", columns=", ".join(missing)))
    if problems:
        raise import_invalid(problems)
    return mapping


# -- checking ------------------------------------------------------------------

@dataclass
class _Checked:
    row_no: int
    name: str
    id_type: str
    number: str
    masked: str
    checked: object  # identity.CheckedId, or None when the document is invalid
    phone: str | None  # None: the file says nothing (column absent or cell empty), keep what is stored
    address: list[str] | None
    relation: str | None
    tags: tuple[str, ...] | None
    problems: list[DomainError]


_LIMITS = {"name": 64, "id_type": 64, "id_number": 32, "phone": 32, "building": ADDRESS_MAX,
           "unit": ADDRESS_MAX, "room": ADDRESS_MAX, "relation": 16, "tags": 200}


def _check_row(row: SheetRow, columns: tuple[str, ...], mapping: dict[str, str]) -> _Checked:
    problems: list[DomainError] = []
    values = {field: "" for field in FIELDS}
    bad: set[str] = set()  # fields already refused for their shape: their rules would only repeat it
    for column, field in mapping.items():
        value = re.sub(r"[ \t\u3000]+", " ", row.cells[columns.index(column)]).strip()
        if _CONTROL.search(value):
            problems.append(DomainError("residents_import_control", field=column))
            bad.add(field)
        elif len(value) > _LIMITS[field]:
            problems.append(DomainError("residents_import_too_long", field=column, max=_LIMITS[field]))
            bad.add(field)
        values[field] = _CONTROL.sub("", value)[:_LIMITS[field]]

    def rule(fields, check, *args):
        if bad & set(fields):
            return None
        try:
            return check(*args)
        except DomainError as err:
            problems.append(err)
            return None

    name = rule(["name"], clean_name, values["name"]) or values["name"]
    id_type = _ID_TYPE_WORDS.get(values["id_type"].lower(), values["id_type"]) if values["id_type"] else "resident_id"
    checked = rule(["id_type", "id_number"], check_id, id_type, values["id_number"])
    number = checked.number if checked else normalise(values["id_number"])
    phone = rule(["phone"], clean_phone, values["phone"]) if values["phone"] else None
    address = None
    if any(values[f] for f in ("building", "unit", "room")):
        address = rule(["building", "unit", "room"], clean_address, values["building"], values["unit"],
                       values["room"])
    relation = None
    if values["relation"] and "relation" not in bad:
        relation = _RELATION_WORDS.get(values["relation"].lower())
        if relation is None:
            problems.append(DomainError("residents_import_relation", relation=values["relation"]))
    tags = None
    if values["tags"] and "tags" not in bad:
        words = [w for w in _TAG_SPLIT.split(values["tags"]) if w]
        # "80岁以上" is derived from the birth date, so a sheet listing it is not wrong, just redundant.
        tags = tuple(sorted({_TAG_WORDS.get(w.lower(), _TAG_WORDS.get(w, w)) for w in words} - {"aged_80"}))
        try:
            check_tags(tags)
        except DomainError as err:
            problems.append(err)
            tags = None
    return _Checked(row.row_no, name, id_type, number, mask_id(number), checked, phone, address, relation,
                    tags, problems)


def _existing(s: Session, station_id: int, keys: set[tuple[str, str]]) -> dict[tuple[str, str], Resident]:
    found: dict[tuple[str, str], Resident] = {}
    numbers = sorted({n for _t, n in keys})
    for i in range(0, len(numbers), 500):
        for r in s.scalars(select(Resident).where(Resident.station_id == station_id,
                                                  Resident.id_number.in_(numbers[i:i + 500]))):
            if (r.id_type, r.id_number) in keys:
                found[(r.id_type, r.id_number)] = r
    return found


def _changes(c: _Checked, r: Resident) -> tuple[str, ...]:
    changed = []
    if c.name != r.name:
        changed.append("name")
    if c.phone is not None and c.phone != (r.phone or ""):
        changed.append("phone")
    if c.address is not None:
        h = r.household
        if h is None or [h.building, h.unit, h.room] != c.address:
            changed.append("address")
    if c.relation is not None and c.relation != (r.relation or ""):
        changed.append("relation")
    if c.tags is not None and set(c.tags) != {t.tag for t in r.tags}:
        changed.append("tags")
    return tuple(changed)


def _plan_in(s: Session, station_id: int, sheet: ImportSheet, mapping: dict[str, str], lang: str):
    """(plan, checked rows, existing residents by document, row problems as import_row errors)."""
    if not sheet.rows:
        raise import_invalid([DomainError("residents_import_empty")])
    checked = [_check_row(row, sheet.columns, mapping) for row in sheet.rows]
    first_seen: dict[tuple[str, str], int] = {}
    for c in checked:
        if c.checked is None:
            continue
        key = (c.id_type, c.number)
        if key in first_seen:
            c.problems.append(DomainError("residents_import_repeated", row=first_seen[key]))
        else:
            first_seen[key] = c.row_no
    existing = _existing(s, station_id, set(first_seen))
    rows, row_errors = [], []
    counts = {"create": 0, "update": 0, "skip": 0, "invalid": 0}
    for c in checked:
        changes: tuple[str, ...] = ()
        if c.problems:
            action = "invalid"
            row_errors.append(import_row(c.row_no, c.problems))
        elif (c.id_type, c.number) in existing:
            changes = _changes(c, existing[(c.id_type, c.number)])
            action = "update" if changes else "skip"
        else:
            action = "create"
        counts[action] += 1
        rows.append(PlanRow(c.row_no, c.name, c.masked, action, tuple(p.text(lang) for p in c.problems), changes))
    return ImportPlan(tuple(rows), counts, dict(mapping)), checked, existing, row_errors


def plan(ctx: ServiceContext, path: str | Path, mapping: dict | None = None, lang: str = "zh") -> ImportPlan:
    """The dry run: what `apply` would do with each row, and why a row cannot be imported. Writes nothing."""
    actor = ctx.require(Perm.REGISTER_RESIDENT)
    sheet = read_rows(path)
    used = _mapping(sheet.columns, mapping)
    with reading(ctx) as s:
        return _plan_in(s, actor.station_id, sheet, used, lang)[0]


def apply(ctx: ServiceContext, path: str | Path, mapping: dict | None = None) -> dict[str, int]:
    """Create and update the residents of the file, all or nothing: {"create", "update", "skip"} counts."""
    actor = ctx.require(Perm.REGISTER_RESIDENT)
    path = Path(path)
    sheet = read_rows(path)
    used = _mapping(sheet.columns, mapping)
    with writing(ctx, audited=False) as s:
        result, checked, existing, row_errors = _plan_in(s, actor.station_id, sheet, used, "zh")
        if row_errors:
            raise import_invalid(row_errors)
        households: dict[tuple[str, str, str], Household] = {
            (h.building, h.unit, h.room): h
            for h in s.scalars(select(Household).where(Household.station_id == actor.station_id))
        }

        def household(parts: list[str]) -> Household:
            key = tuple(parts)
            if key not in households:
                households[key] = Household(station_id=actor.station_id, building=parts[0], unit=parts[1],
                                            room=parts[2])
                s.add(households[key])
            return households[key]

        now = ctx.now()
        for c, row in zip(checked, result.rows):
            if row.action == "create":
                phone = c.phone or ""
                s.add(Resident(
                    station_id=actor.station_id, name=c.name, initials=initials(c.name), id_type=c.id_type,
                    id_number=c.number, gender=c.checked.gender, birth_date=c.checked.birth_date,
                    phone=phone, phone_rev=phone[::-1], household=household(c.address) if c.address else None,
                    relation=c.relation or "", created_at=now,
                    tags=[ResidentTag(tag=t) for t in (c.tags or ())],
                ))
            elif row.action == "update":
                r = existing[(c.id_type, c.number)]
                if "name" in row.changes:
                    r.name, r.initials = c.name, initials(c.name)
                if "phone" in row.changes:
                    r.phone, r.phone_rev = c.phone, c.phone[::-1]
                if "address" in row.changes:
                    r.household = household(c.address)
                if "relation" in row.changes:
                    r.relation = c.relation
                if "tags" in row.changes:
                    kept = {t.tag: t for t in r.tags}
                    r.tags = [kept.get(t) or ResidentTag(tag=t) for t in c.tags]
        counts = {k: result.counts[k] for k in ("create", "update", "skip")}
        audit_trail.record(s, actor, now, "import", operation="residents_io.apply", target="resident",
                           detail=f"{path.name}: {counts['create']} created, {counts['update']} updated, "
                                  f"{counts['skip']} unchanged",
                           rows=counts["create"] + counts["update"])
        try:
            s.flush()
        except IntegrityError:
            # Another desk registered one of the documents between the check and the write.
            s.rollback()
            raise ValidationError("residents_import_conflict") from None
    return counts


# -- for the import dialog ---------------------------------------------------------

# What each field is called on screen; "address" is how a changed building/unit/room is reported.
FIELD_LABELS = {
    "name": ("姓名", "Name"),
    "id_type": ("证件类型", "Document type"),
    "id_number": ("证件号码（身份证号）", "ID / document number"),
    "phone": ("电话", "Phone"),
    "building": ("楼号", "Building"),
    "unit": ("单元", "Unit"),
    "room": ("门牌号（室）", "Room"),
    "relation": ("与户主关系", "Relation to the head of household"),
    "tags": ("标签", "Tags"),
    "address": ("住址", "Address"),
}
ADDRESS_FIELDS = ("building", "unit", "room")
SAMPLES = 3


@dataclass(frozen=True)
class TargetField:
    code: str
    zh: str
    en: str
    required: bool


@dataclass(frozen=True)
class MappingCheck:
    missing: tuple[str, ...]  # required fields that no column gives
    doubled: tuple[tuple[str, tuple[str, ...]], ...]  # (field, the columns that all give it)
    partial_address: tuple[str, ...]  # address fields not given while another one is

    @property
    def ok(self) -> bool:
        """Whether the dry run may go ahead: a partial address only fails the rows that have one."""
        return not self.missing and not self.doubled


def target_fields() -> tuple[TargetField, ...]:
    """The fields a column can be imported as, in the order a register lists them."""
    return tuple(TargetField(f, *FIELD_LABELS[f], f in REQUIRED) for f in FIELDS)


def check_mapping(mapping: dict[str, str]) -> MappingCheck:
    """What is wrong with a column -> field choice before any row is read ("" or None: the column is ignored)."""
    by_field: dict[str, list[str]] = {}
    for column, field in mapping.items():
        if field:
            by_field.setdefault(field, []).append(column)
    address = [f for f in ADDRESS_FIELDS if f in by_field]
    return MappingCheck(
        missing=tuple(f for f in REQUIRED if f not in by_field),
        doubled=tuple((f, tuple(by_field[f])) for f in FIELDS if len(by_field.get(f, ())) > 1),
        partial_address=tuple(f for f in ADDRESS_FIELDS if f not in by_field) if address else (),
    )


def column_samples(sheet: ImportSheet, n: int = SAMPLES) -> tuple[tuple[str, ...], ...]:
    """Per column, its first n different non-empty values: enough to recognise what it holds. Long numbers
    (ID numbers, phones) are masked, since the dialog is read at a desk in an open hall."""
    samples: list[list[str]] = [[] for _ in sheet.columns]
    for row in sheet.rows:
        for values, cell in zip(samples, row.cells):
            shown = _masked_sample(cell)
            if len(values) < n and shown and shown not in values:
                values.append(shown)
        if all(len(values) >= n for values in samples):
            break
    return tuple(tuple(values) for values in samples)


def _masked_sample(cell: str) -> str:
    value = re.sub(r"\s+", " ", _CONTROL.sub("", cell)).strip()
    compact = re.sub(r"[\s\-]", "", value)
    if sum(ch.isdigit() for ch in compact) < 7:
        return value
    if len(compact) == 11 and compact.isdigit():
        return mask_phone(compact)
    return mask_id(compact)
