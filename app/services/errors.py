"""Domain errors carry a message key and parameters; the text is looked up
in the user's language when shown, so services stay free of UI state."""
from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "permission_denied": ("当前账号（{role}）无权执行此操作：{action}。", "Your role ({role}) may not {action}."),
    "db_busy": (
        "数据库正被其他窗口占用，请稍后重试（未写入任何内容）。",
        "The database is busy at another desk; try again in a moment (nothing was written).",
    ),
    "db_unavailable": (
        "无法写入数据库：{detail}（未写入任何内容）。",
        "The database cannot be written: {detail} (nothing was written).",
    ),
    "id_invalid": ("身份证号码无效：{detail}。", "Invalid resident ID number: {detail}."),
    "id_checksum": ("校验位不正确", "the check digit is wrong"),
    "id_birth_date": ("出生日期不正确", "the birth date is not valid"),
    "id_format": ("应为18位数字（最后一位可为X）", "it must be 18 digits (the last may be X)"),
    "id_other_invalid": ("{id_type}号码格式不正确。", "The {id_type} number is not valid."),
    "id_type_unknown": ("未知的证件类型：{id_type}。", "Unknown document type: {id_type}."),
    "resident_duplicate": (
        "该证件号码已登记：{name}（{masked}）。请使用已有记录。",
        "This document number is already registered: {name} ({masked}). Use the existing record.",
    ),
    "name_required": ("请填写姓名。", "Enter the resident's name."),
    "name_too_long": ("姓名过长（最多{max}个字）。", "The name is too long (at most {max} characters)."),
    "phone_invalid": ("联系电话格式不正确：{phone}。", "The phone number is not valid: {phone}."),
    "address_incomplete": (
        "住址需同时填写楼、单元、室。", "An address needs building, unit and room together."
    ),
    "tag_unknown": ("未知的标签：{tag}。", "Unknown tag: {tag}."),
    "resident_not_found": ("找不到该居民（编号 {id}）。", "Resident {id} not found."),
    "type_not_found": ("未知的事项类型：{code}。", "Unknown affair type: {code}."),
    "type_inactive": ("事项“{name}”已停用。", "The affair type '{name}' is no longer offered."),
    "affair_not_found": ("找不到事项 {ref}。", "Affair {ref} not found."),
    "materials_mismatch": (
        "材料清单与事项类型不符：{detail}。", "The materials do not match the affair type: {detail}."
    ),
    "materials_missing": (
        "缺少必要材料：{names}。请出具一次性告知单，或选择上门收取。",
        "Required materials are missing: {names}. Issue a one-time notice or collect them by home visit.",
    ),
    "nothing_missing": (
        "材料已齐全，无需出具一次性告知单。", "All materials are present; no notice is needed."
    ),
    "illegal_transition": (
        "事项当前状态为“{state}”，不能执行“{action}”。",
        "The affair is '{state}'; '{action}' is not possible.",
    ),
    "channel_unknown": ("未知的受理渠道：{channel}。", "Unknown channel: {channel}."),
    "note_too_long": ("备注过长（最多{max}字）。", "The note is too long (at most {max} characters)."),
    "import_invalid": ("导入文件有误，未导入任何内容：\n{detail}", "The import file has errors; nothing was imported:\n{detail}"),
    "import_row": ("第{row}行：{detail}", "row {row}: {detail}"),
    "import_unreadable": ("无法读取文件：{detail}", "The file cannot be read: {detail}"),
    "import_format": ("不支持的文件格式：{suffix}（支持 .json .csv .xlsx）", "Unsupported file type: {suffix} (use .json, .csv or .xlsx)"),
    "export_unwritable": ("无法写入文件：{detail}", "The file cannot be written: {detail}"),
    "station_missing": ("数据库中没有服务站，请先完成初始化。", "The database holds no station; run the setup first."),
    "staff_not_found": ("找不到工作人员：{who}。", "Staff member not found: {who}."),
}


class Bilingual:
    """A message parameter that renders in whichever language the message is shown in."""

    def __init__(self, zh: str, en: str):
        self.zh, self.en = zh, en

    def text(self, lang: str) -> str:
        return self.zh if lang.startswith("zh") else self.en

    def __str__(self) -> str:
        return self.en


class DomainError(Exception):
    """An expected refusal, explained to the user; nothing was written."""

    def __init__(self, key: str, **params):
        self.key = key
        self.params = params
        super().__init__(self.text("en"))

    def text(self, lang: str = "zh") -> str:
        zh, en = MESSAGES.get(self.key, (self.key, self.key))
        template = zh if lang.startswith("zh") else en
        params = {
            k: (v.text(lang) if callable(getattr(v, "text", None)) else v)
            for k, v in self.params.items()
        }
        try:
            return template.format(**params)
        except (KeyError, IndexError):
            return template


class ValidationError(DomainError):
    pass


class NotFound(DomainError):
    pass


class PermissionDenied(DomainError):
    pass


class DuplicateResident(DomainError):
    def __init__(self, existing_id: int, **params):
        self.existing_id = existing_id
        super().__init__("resident_duplicate", **params)


class IllegalTransition(DomainError):
    pass


class StorageError(DomainError):
    """The database refused the write (busy, full disk, read-only)."""


def message(key: str, lang: str = "zh", **params) -> str:
    return DomainError(key, **params).text(lang)
