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
    "partners_required": ("请至少选择一个承办部门或合作单位。", "Choose at least one department or partner."),
    "partner_not_found": ("未知或已停用的承办单位：{code}。", "Unknown or inactive department/partner: {code}."),
    "leg_already_open": ("已派遣给“{partner}”且尚未反馈。", "Already dispatched to {partner} and not answered yet."),
    "reason_required": ("请填写原因。", "Enter a reason."),
    "call_in_not_found": ("找不到该报到记录（{ref}）。", "Call-in {ref} not found."),
    "already_checked_in": ("该部门已报到。", "This department has already checked in."),
    "result_unknown": ("未知的办理结果：{result}。", "Unknown result: {result}."),
    "feedback_required": ("请填写反馈内容。", "Enter the feedback."),
    "leg_not_found": ("找不到该派遣记录（{ref}）。", "Dispatch {ref} not found."),
    "leg_not_open": ("该派遣已反馈或已撤回。", "This dispatch has already been answered or withdrawn."),
    "notify_method_unknown": ("未知的告知方式：{method}。", "Unknown way of telling the resident: {method}."),
    "rating_invalid": ("满意度应为1至5分。", "The satisfaction rating must be 1 to 5."),
    "rating_or_reason": (
        "办结前请登记居民满意度评价，或说明无法评价的原因。",
        "Before closing, record the resident's satisfaction rating or why none could be collected.",
    ),
    "not_notified": ("办结前请先登记已告知居民办理结果。", "Before closing, record that the resident was told the outcome."),
    "originals_held": ("仍有原件未归还居民：{names}。", "Originals not yet returned to the resident: {names}."),
    "certificate_payload_invalid": ("二维码内容无效或校验不符。", "The QR code is not a valid certificate code."),
    "certificate_not_applicable": ("事项“{name}”不出具证明。", "The affair type '{name}' does not end with a certificate."),
    "certificate_exists": ("该事项已开具证明 {number}；如需重开请先作废。", "Certificate {number} is already issued for this affair; void it first to issue a new one."),
    "certificate_not_found": ("找不到证明（{ref}）。", "Certificate {ref} not found."),
    "certificate_voided": ("证明 {number} 已作废。", "Certificate {number} has been voided."),
    "scope_required": ("请填写委托代办的事项范围。", "Enter what the resident authorised the station to do."),
    "custody_name_invalid": ("请填写原件名称（最多100字）。", "Enter the document's name (at most 100 characters)."),
    "custody_copies_invalid": ("份数应为1至{max}。", "The number of copies must be 1 to {max}."),
    "authorisation_required": ("请先登记居民的全程代办授权。", "Record the resident's agency authorisation first."),
    "custody_item_not_found": ("找不到原件记录（{ref}）。", "Document record {ref} not found."),
    "custody_already_returned": ("所选原件已归还。", "The chosen documents have already been returned."),
    "grid_block_invalid": ("楼栋/单元填写有误：{block}。", "Invalid building/unit: {block}."),
    "grid_name_invalid": ("请填写网格名称（最多{max}字）。", "Enter the grid area's name (at most {max} characters)."),
    "grid_not_found": ("找不到网格（{ref}）。", "Grid area {ref} not found."),
    "grid_name_taken": ("网格名称“{name}”已存在。", "A grid area named '{name}' already exists."),
    "grid_block_taken": ("{block} 已属于网格“{name}”。", "{block} already belongs to grid area '{name}'."),
    "visit_not_found": ("找不到走访任务（{ref}）。", "Home visit {ref} not found."),
    "visit_cancelled": ("该走访任务已取消。", "This home visit was cancelled."),
    "visit_not_planned": ("只能取消尚未完成的走访。", "Only a planned visit can be cancelled."),
    "visit_purpose_required": ("请填写走访目的（最多1000字）。", "Enter the purpose of the visit (at most 1000 characters)."),
    "visit_date_past": ("走访日期不能早于今天。", "A visit cannot be planned in the past."),
    "visit_target_required": ("请选择要走访的居民或网格。", "Choose the resident or grid area to visit."),
    "visit_outcome_unknown": ("未知的走访结果：{outcome}。", "Unknown visit outcome: {outcome}."),
    "visit_need_required": ("发现需求时请记录需求内容。", "Describe the need that was found."),

}


def register(messages: dict[str, tuple[str, str]]) -> None:
    """Add a module's own message keys; a key may be defined once only."""
    clash = set(messages) & set(MESSAGES)
    if clash:
        raise KeyError(f"message keys defined twice: {sorted(clash)}")
    MESSAGES.update(messages)


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


class Problems:
    """Several problems (of one imported row, or of a whole file), each rendered in the language the
    message is shown in. `sep` is one separator, or (Chinese, English)."""

    def __init__(self, problems: list[DomainError], sep: str | tuple[str, str] = "；", limit: int = 50):
        self.problems, self.sep, self.limit = problems, sep, limit

    def text(self, lang: str) -> str:
        shown = [p.text(lang) for p in self.problems[:self.limit]]
        if len(self.problems) > self.limit:
            shown.append(f"… (+{len(self.problems) - self.limit})")
        sep = self.sep if isinstance(self.sep, str) else self.sep[0 if lang.startswith("zh") else 1]
        return sep.join(shown)


def import_invalid(problems: list[DomainError]) -> ValidationError:
    """An import refused whole: nothing was written, and every problem is named."""
    return ValidationError("import_invalid", detail=Problems(problems, sep="\n"))


def import_row(row, problems: list[DomainError], sep: str | tuple[str, str] = "；") -> DomainError:
    return DomainError("import_row", row=row, detail=Problems(problems, sep))


def message(key: str, lang: str = "zh", **params) -> str:
    return DomainError(key, **params).text(lang)
