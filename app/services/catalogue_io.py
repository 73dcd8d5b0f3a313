"""Reading and writing catalogue files (JSON, CSV, XLSX) with row-level validation.

Pure data in and out: no session here. `app.services.catalogue` applies a
validated `CatalogueData` to the database in one transaction.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from app.files import atomic_write

from .errors import DomainError, ValidationError

RESOURCE = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "catalogue.json"

SERVICE_KINDS = ("party", "government", "convenience")
HANDLING_MODES = ("on_the_spot", "collect_submit", "transfer")
CLOSING_DOCUMENTS = ("receipt", "certificate", "referral_slip")
PARTNER_KINDS = ("department", "service_agency", "convenience_outlet", "institution", "volunteer_org")

TYPE_COLUMNS = (
    "code", "name_zh", "name_en", "category", "service_kind", "handling_mode", "materials",
    "forms", "committed_days", "handler", "closing_document", "keywords",
)
CATEGORY_COLUMNS = ("code", "name_zh", "name_en", "sort")
PARTNER_COLUMNS = ("code", "name_zh", "name_en", "kind", "phone", "address")
_CODE = re.compile(r"^[A-Z][A-Z0-9-]{0,15}$")


@dataclass
class CatalogueData:
    categories: list[dict] = field(default_factory=list)
    partners: list[dict] = field(default_factory=list)
    affair_types: list[dict] = field(default_factory=list)


def resource_path() -> Path:
    import sys

    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources" / "catalogue" / "catalogue.json"
    return RESOURCE


# -- flat cells for CSV/XLSX ---------------------------------------------------

def materials_to_cell(materials: list[dict]) -> str:
    """One material per line: 中文名|English name|required(1/0)."""
    return "\n".join(
        f"{m['name_zh']}|{m.get('name_en', '')}|{1 if m.get('required', True) else 0}" for m in materials
    )


def forms_to_cell(forms: list[dict]) -> str:
    return "\n".join(f"{f['name_zh']}|{f.get('name_en', '')}" for f in forms)


def _cell_items(cell: str) -> list[list[str]]:
    lines = [line.strip() for line in re.split(r"[\n;；]", cell or "") if line.strip()]
    return [[part.strip() for part in line.split("|")] for line in lines]


def materials_from_cell(cell) -> list[dict]:
    if isinstance(cell, list):
        return cell
    out = []
    for parts in _cell_items(str(cell or "")):
        required = parts[2] not in ("0", "否", "false", "False", "no") if len(parts) > 2 else True
        out.append({"name_zh": parts[0], "name_en": parts[1] if len(parts) > 1 else "", "required": required})
    return out


def forms_from_cell(cell) -> list[dict]:
    if isinstance(cell, list):
        return cell
    return [
        {"name_zh": p[0], "name_en": p[1] if len(p) > 1 else ""} for p in _cell_items(str(cell or ""))
    ]


# -- reading -------------------------------------------------------------------

def read_file(path: str | Path) -> CatalogueData:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".json", ".csv", ".xlsx"):
        raise ValidationError("import_format", suffix=suffix or "-")
    try:
        if suffix == ".json":
            raw = json.loads(path.read_text(encoding="utf-8-sig"))
            if not isinstance(raw, dict):
                raise ValueError("top level must be an object")
            return CatalogueData(
                list(raw.get("categories") or []),
                list(raw.get("partners") or []),
                list(raw.get("affair_types") or []),
            )
        if suffix == ".csv":
            text = path.read_text(encoding="utf-8-sig")
            return CatalogueData(affair_types=list(csv.DictReader(io.StringIO(text))))
        return _read_xlsx(path)
    except DomainError:
        raise
    except (OSError, UnicodeDecodeError, ValueError, KeyError, csv.Error) as err:
        raise ValidationError("import_unreadable", detail=str(err)) from err
    except Exception as err:  # openpyxl raises a zoo of types on corrupt files
        raise ValidationError("import_unreadable", detail=f"{type(err).__name__}: {err}") from err


def _read_xlsx(path: Path) -> CatalogueData:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=True)
    try:
        def rows(sheet: str) -> list[dict]:
            if sheet not in wb.sheetnames:
                return []
            it = wb[sheet].iter_rows(values_only=True)
            header = [str(h or "").strip() for h in next(it, [])]
            return [
                {h: ("" if v is None else v) for h, v in zip(header, row) if h}
                for row in it
                if any(v not in (None, "") for v in row)
            ]

        if "affair_types" not in wb.sheetnames:
            raise ValueError("sheet 'affair_types' is missing")
        return CatalogueData(rows("categories"), rows("partners"), rows("affair_types"))
    finally:
        wb.close()


# -- validation ----------------------------------------------------------------

def validate(data: CatalogueData, known_categories: set[str], known_partners: set[str]) -> CatalogueData:
    """Return normalised data, or raise one error listing every bad row.

    Row numbers are those a person sees in the file: the header is row 1.
    """
    problems: list[DomainError] = []
    cats, partners, types = [], [], []

    def bad(sheet: str, row: int, detail: str) -> None:
        problems.append(DomainError("import_row", row=f"{sheet} {row}", detail=detail))

    seen: set[str] = set()
    for i, raw in enumerate(data.categories, start=2):
        code = str(raw.get("code", "")).strip()
        if not _CODE.match(code) or code in seen:
            bad("categories", i, f"code '{code}' is empty, malformed or repeated")
            continue
        seen.add(code)
        if not str(raw.get("name_zh", "")).strip():
            bad("categories", i, "name_zh is empty")
            continue
        try:
            sort = int(str(raw.get("sort", "") or "0").strip())
        except ValueError:
            bad("categories", i, f"sort '{raw.get('sort')}' is not a whole number")
            continue
        cats.append({"code": code, "name_zh": str(raw["name_zh"]).strip(),
                     "name_en": str(raw.get("name_en", "")).strip(), "sort": sort})
    category_codes = (known_categories | seen) if not data.categories else seen

    seen = set()
    for i, raw in enumerate(data.partners, start=2):
        code = str(raw.get("code", "")).strip()
        kind = str(raw.get("kind", "")).strip()
        if not _CODE.match(code) or code in seen:
            bad("partners", i, f"code '{code}' is empty, malformed or repeated")
            continue
        seen.add(code)
        if kind not in PARTNER_KINDS:
            bad("partners", i, f"kind '{kind}' is not one of {', '.join(PARTNER_KINDS)}")
            continue
        if not str(raw.get("name_zh", "")).strip():
            bad("partners", i, "name_zh is empty")
            continue
        partners.append({k: str(raw.get(k, "") or "").strip() for k in PARTNER_COLUMNS})
    partner_kinds = {p["code"]: p["kind"] for p in partners}
    partner_codes = (known_partners | seen) if not data.partners else seen

    seen_codes: set[str] = set()
    seen_names: set[str] = set()
    for i, raw in enumerate(data.affair_types, start=2):
        code = str(raw.get("code", "")).strip()
        name = str(raw.get("name_zh", "")).strip()
        row_errors = []
        if not _CODE.match(code):
            row_errors.append(f"code '{code}' is empty or malformed")
        elif code in seen_codes:
            row_errors.append(f"code '{code}' appears twice")
        if not name:
            row_errors.append("name_zh is empty")
        elif name in seen_names:
            row_errors.append(f"name_zh '{name}' appears twice")
        category = str(raw.get("category", "")).strip()
        if category not in category_codes:
            row_errors.append(f"category '{category}' does not exist")
        choices = {}
        for key, allowed in (("service_kind", SERVICE_KINDS), ("handling_mode", HANDLING_MODES),
                             ("closing_document", CLOSING_DOCUMENTS)):
            choices[key] = str(raw.get(key, "")).strip()
            if choices[key] not in allowed:
                row_errors.append(f"{key} '{choices[key]}' is not one of {', '.join(allowed)}")
        kind, mode, closing = choices["service_kind"], choices["handling_mode"], choices["closing_document"]
        handler = str(raw.get("handler", "")).strip()
        if handler not in partner_codes:
            row_errors.append(f"handler '{handler}' is not a known department or partner")
        try:
            days = int(str(raw.get("committed_days", "")).strip() or "x")
            if not 0 <= days <= 365:
                raise ValueError
        except ValueError:
            row_errors.append(f"committed_days '{raw.get('committed_days')}' is not a whole number 0-365")
            days = -1
        if mode == "on_the_spot" and days > 0:
            row_errors.append("an on-the-spot type must have committed_days 0")
        if mode in ("collect_submit", "transfer") and days == 0:
            row_errors.append(f"a {mode} type needs committed_days of at least 1")
        if kind == "convenience" and mode != "transfer":
            row_errors.append("a convenience service is transferred to a partner (handling_mode transfer)")
        if mode == "transfer" and partner_kinds.get(handler) == "department" and kind == "convenience":
            row_errors.append("a convenience service goes to a partner, not a department")
        try:
            materials = materials_from_cell(raw.get("materials", ""))
            forms = forms_from_cell(raw.get("forms", ""))
            if not materials or any(not str(m.get("name_zh", "")).strip() for m in materials):
                raise ValueError("at least one material with a Chinese name is needed")
        except (ValueError, AttributeError, TypeError) as err:
            row_errors.append(f"materials: {err}")
            materials, forms = [], []
        if row_errors:
            bad("affair_types", i, "; ".join(row_errors))
            continue
        seen_codes.add(code)
        seen_names.add(name)
        types.append({
            "code": code, "name_zh": name, "name_en": str(raw.get("name_en", "")).strip(),
            "category": category, "service_kind": kind, "handling_mode": mode,
            "materials": [{"name_zh": str(m["name_zh"]).strip(), "name_en": str(m.get("name_en", "")).strip(),
                           "required": bool(m.get("required", True))} for m in materials],
            "forms": [{"name_zh": str(f["name_zh"]).strip(), "name_en": str(f.get("name_en", "")).strip()}
                      for f in forms],
            "committed_days": days, "handler": handler, "closing_document": closing,
            "keywords": str(raw.get("keywords", "") or "").strip(),
        })
    if not data.affair_types:
        problems.append(DomainError("import_row", row="affair_types", detail="no affair types in the file"))
    if problems:
        raise ValidationError("import_invalid", detail=_Joined(problems))
    return CatalogueData(cats, partners, types)


class _Joined:
    """Bad rows, each rendered in the language the message is shown in."""

    def __init__(self, problems: list[DomainError]):
        self.problems = problems

    def text(self, lang: str) -> str:
        shown = [p.text(lang) for p in self.problems[:50]]
        if len(self.problems) > 50:
            shown.append(f"… (+{len(self.problems) - 50})")
        return "\n".join(shown)


# -- writing -------------------------------------------------------------------

def type_row(t: dict) -> list:
    return [
        t["code"], t["name_zh"], t["name_en"], t["category"], t["service_kind"], t["handling_mode"],
        materials_to_cell(t["materials"]), forms_to_cell(t["forms"]), t["committed_days"],
        t["handler"], t["closing_document"], t.get("keywords", ""),
    ]


def write_file(data: CatalogueData, fmt: str, out: str | Path) -> None:
    out = Path(out)
    if fmt == "json":
        payload = json.dumps({"version": 1, "categories": data.categories, "partners": data.partners,
                              "affair_types": data.affair_types}, ensure_ascii=False, indent=1)
        _atomic_write(out, payload.encode("utf-8"))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        writer.writerow(TYPE_COLUMNS)
        for t in data.affair_types:
            writer.writerow(type_row(t))
        # BOM: Excel on a station PC opens UTF-8 CSV as Chinese only with it.
        _atomic_write(out, buf.getvalue().encode("utf-8-sig"))
    elif fmt == "xlsx":
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "affair_types"
        ws.append(list(TYPE_COLUMNS))
        for t in data.affair_types:
            ws.append(type_row(t))
        for title, cols, rows in (("categories", CATEGORY_COLUMNS, data.categories),
                                  ("partners", PARTNER_COLUMNS, data.partners)):
            sheet = wb.create_sheet(title)
            sheet.append(list(cols))
            for r in rows:
                sheet.append([r.get(c, "") for c in cols])
        buf = io.BytesIO()
        wb.save(buf)
        _atomic_write(out, buf.getvalue())
    else:
        raise ValidationError("import_format", suffix=fmt)


def _atomic_write(out: Path, payload: bytes) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(out, payload)
    except OSError as err:
        raise ValidationError("export_unwritable", detail=f"{out}: {err.strerror or err}") from err
