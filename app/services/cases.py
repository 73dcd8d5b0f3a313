"""Social-work case management for complex needs, in six steps: application and
acceptance, investigation and assessment, plan, execution, supervision and
coordination, closure and evaluation.

Case notes are confidential. Only the assigned worker and whoever may
supervise cases (the chief stationmaster) can see a case; for everybody else
it does not exist: every function answers "case not found" rather than
"not allowed", because even that a resident has a social-work case, and who
works it, is confidential.
"""
from __future__ import annotations

import re
from typing import Iterable, Sequence

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.models import Affair, AffairType, Case, CaseLink, CaseNote, Partner, Resident, Staff, Station

from . import errors
from .cases_dto import CaseDetail, CaseLinkInfo, CaseNoteInfo, CaseSummary, PlanItem
from .context import Actor, ServiceContext
from .errors import NotFound, ValidationError
from .identity import mask_id
from .permissions import Perm, allowed
from .uow import reading, writing

STAGES = ("application", "investigation", "plan", "execution", "supervision", "closure", "closed")
# The six steps a worker goes through; "closed" is where the sixth ends.
STEPS = STAGES[:-1]
STAGE_LABELS = {
    "application": ("申请受理", "application and acceptance"),
    "investigation": ("调查评估", "investigation and assessment"),
    "plan": ("服务计划", "service plan"),
    "execution": ("计划执行", "execution"),
    "supervision": ("督导协调", "supervision and coordination"),
    "closure": ("结案评估", "closure and evaluation"),
    "closed": ("已结案", "closed"),
}
# For narrow places (the progress strip, a list column): the same Chinese, shorter English.
STAGE_SHORT = {
    "application": ("申请受理", "Application"),
    "investigation": ("调查评估", "Assessment"),
    "plan": ("服务计划", "Plan"),
    "execution": ("计划执行", "Execution"),
    "supervision": ("督导协调", "Supervision"),
    "closure": ("结案评估", "Closure"),
    "closed": ("已结案", "Closed"),
}
GOALS = ("met", "partly", "not_met")
GOAL_LABELS = {"met": ("目标达成", "goals met"), "partly": ("部分达成", "goals partly met"),
               "not_met": ("未达成", "goals not met")}
LIST_FILTERS = ("", "open") + STAGES  # "" every case, "open" every case not yet closed

TITLE_MAX = 100
NOTE_MAX = 2000
PLAN_FIELD_MAX = 500
PLAN_ITEMS_MAX = 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

errors.register({
    "case_not_found": ("找不到个案 {ref}。", "Case {ref} not found."),
    "case_title_required": ("请填写个案标题（最多{max}字）。", "Enter the case's title (at most {max} characters)."),
    "case_note_required": ("请填写记录内容。", "Enter the note."),
    "case_stage_note_required": (
        "请填写“{stage}”阶段的记录，再进入下一步。",
        "Write the note for the stage '{stage}' before moving on.",
    ),
    "case_text_too_long": ("{what}过长（最多{max}字）。", "The {what} is too long (at most {max} characters)."),
    "case_text_invalid": ("{what}含有无法保存的控制字符。", "The {what} contains control characters that cannot be saved."),
    "case_stage_unknown": ("未知的个案阶段：{stage}。", "Unknown case stage: {stage}."),
    "case_closed": ("个案 {number} 已结案，不能再修改。", "Case {number} is closed and can no longer be changed."),
    "case_use_close": (
        "个案已进入“结案评估”阶段：请填写目标达成情况和评估后结案。",
        "The case is at closure and evaluation: record whether the goals were met and the evaluation to close it.",
    ),
    "case_not_at_closure": (
        "个案当前处于“{stage}”阶段，只能在“结案评估”阶段结案。",
        "The case is at '{stage}'; it can only be closed from 'closure and evaluation'.",
    ),
    "case_plan_too_early": (
        "个案当前处于“{stage}”阶段，完成调查评估后才能制定服务计划。",
        "The case is at '{stage}'; the plan is made once the investigation and assessment are done.",
    ),
    "case_plan_required": (
        "请先制定服务计划（至少一项目标），再开始执行。",
        "Set the service plan (at least one goal) before moving on to execution.",
    ),
    "case_plan_empty": ("服务计划至少需要一项目标。", "A service plan needs at least one goal."),
    "case_plan_too_many": ("服务计划最多{max}项。", "A service plan has at most {max} items."),
    "case_plan_goal_required": ("第{row}项：请填写目标。", "Item {row}: enter the goal."),
    "case_plan_item_invalid": (
        "第{row}项：目标、服务、资源每栏最多{max}字，且不能含控制字符。",
        "Item {row}: goal, services and resources take at most {max} characters each, without control characters.",
    ),
    "case_plan_revision_note": (
        "计划执行后修订服务计划，请说明修订原因。",
        "Say why the plan is revised once it is being carried out.",
    ),
    "case_goals_unknown": ("未知的目标达成情况：{value}。", "Unknown goal outcome: {value}."),
    "case_evaluation_required": ("请填写结案评估。", "Enter the closing evaluation."),
    "case_rating_or_reason": (
        "请登记居民满意度（1至5分），或说明无法评价的原因。",
        "Record the resident's satisfaction (1 to 5) or why it could not be collected.",
    ),
    "case_worker_invalid": ("{who} 不能承办个案。", "{who} cannot be assigned social-work cases."),
    "case_link_target": ("请选择要关联的事项或合作单位（二选一）。", "Choose one affair or one partner to link."),
    "case_affair_not_household": (
        "事项 {number} 不属于该居民或其同户家庭成员，不能关联。",
        "Affair {number} is neither the resident's nor a household member's; it cannot be linked.",
    ),
    "case_link_exists": ("已关联：{what}。", "Already linked: {what}."),
    "case_link_not_found": ("个案未关联：{what}。", "Not linked to the case: {what}."),
    "case_number_busy": (
        "另一窗口同时立案，编号冲突，请重试（未写入任何内容）。",
        "Another desk opened a case at the same moment; try again (nothing was written).",
    ),
})

_WHAT = {
    "title": errors.Bilingual("个案标题", "title"),
    "note": errors.Bilingual("记录", "note"),
    "evaluation": errors.Bilingual("结案评估", "evaluation"),
    "reason": errors.Bilingual("原因", "reason"),
}


def stage_label(stage: str) -> errors.Bilingual:
    return errors.Bilingual(*STAGE_LABELS.get(stage, (stage, stage)))


def _clean(value: str, what: str, maximum: int, required_key: str = "", single_line: bool = False,
           **params) -> str:
    value = (value or "").replace("\r\n", "\n").replace("\r", "\n")
    if single_line:
        value = re.sub(r"\s+", " ", value)
    value = value.strip()
    if _CONTROL.search(value):
        raise ValidationError("case_text_invalid", what=_WHAT[what])
    if required_key and not value:
        raise ValidationError(required_key, max=maximum, **params)
    if len(value) > maximum:
        if what == "title":
            raise ValidationError("case_title_required", max=maximum)
        raise ValidationError("case_text_too_long", what=_WHAT[what], max=maximum)
    return value


def _plan_items(items: Iterable) -> list[dict]:
    cleaned: list[dict] = []
    for row, item in enumerate(items or (), start=1):
        if isinstance(item, PlanItem):
            fields = (item.goal, item.services, item.resources)
        elif isinstance(item, dict):
            fields = (item.get("goal", ""), item.get("services", ""), item.get("resources", ""))
        else:
            fields = tuple(item) + ("", "", "")
        values = []
        for raw in fields[:3]:
            text = re.sub(r"\s+", " ", str(raw or "")).strip()
            if _CONTROL.search(text) or len(text) > PLAN_FIELD_MAX:
                raise ValidationError("case_plan_item_invalid", row=row, max=PLAN_FIELD_MAX)
            values.append(text)
        goal, services, resources = values
        if not (goal or services or resources):
            continue  # a blank row left in the editor
        if not goal:
            raise ValidationError("case_plan_goal_required", row=row)
        cleaned.append({"goal": goal, "services": services, "resources": resources})
    if not cleaned:
        raise ValidationError("case_plan_empty")
    if len(cleaned) > PLAN_ITEMS_MAX:
        raise ValidationError("case_plan_too_many", max=PLAN_ITEMS_MAX)
    return cleaned


def _supervises(actor: Actor) -> bool:
    return allowed(actor.role, Perm.SUPERVISE_CASES)


def _load(s: Session, actor: Actor, case_id: int, lock: bool = False) -> Case:
    """The case, if this actor may see it; the row is locked for a write so two
    desks moving the same case on cannot both read the old stage."""
    case = s.get(Case, case_id, with_for_update={"key_share": True} if lock else None) \
        if isinstance(case_id, int) else None
    if case is None or case.station_id != actor.station_id or \
            (case.worker_id != actor.staff_id and not _supervises(actor)):
        raise NotFound("case_not_found", ref=case_id)
    return case


def _open_case_for_writing(s: Session, actor: Actor, case_id: int) -> Case:
    case = _load(s, actor, case_id, lock=True)
    if case.stage == "closed":
        raise ValidationError("case_closed", number=case.number)
    return case


def _note(case: Case, stage: str, actor: Actor, now, text: str) -> None:
    case.notes.append(CaseNote(stage=stage, at=now, staff_id=actor.staff_id, text=text))


def _next_number(s: Session, station: Station, year: int) -> str:
    """Per station and year, drawn inside the writing transaction: the station row is
    locked first (PostgreSQL; SQLite already holds the write lock), so concurrent
    desks queue here. The unique (station, number) constraint is the backstop."""
    s.execute(select(Station.id).where(Station.id == station.id).with_for_update(key_share=True))
    prefix = f"{station.code}-GA-{year}-"
    last = s.scalar(
        select(Case.number)
        .where(Case.station_id == station.id, Case.number.startswith(prefix, autoescape=True))
        .order_by(func.length(Case.number).desc(), Case.number.desc())
        .limit(1)
    )
    seq = int(last[len(prefix):]) + 1 if last and last[len(prefix):].isdigit() else 1
    return f"{prefix}{seq:04d}"


def _worker(s: Session, actor: Actor, worker_id: int) -> Staff:
    member = s.get(Staff, worker_id) if isinstance(worker_id, int) else None
    if member is None or member.station_id != actor.station_id or not member.active:
        raise NotFound("staff_not_found", who=worker_id)
    if not allowed(member.role, Perm.CASES):
        raise ValidationError("case_worker_invalid", who=member.name)
    return member


# -- writes ---------------------------------------------------------------------

def open_case(ctx: ServiceContext, resident_id: int, title: str, application_note: str,
              worker_id: int | None = None) -> CaseSummary:
    """Open a case at stage application with its first note; assigning it to
    somebody else is supervision."""
    actor = ctx.require(Perm.CASES)
    worker_id = actor.staff_id if worker_id is None else worker_id
    if worker_id != actor.staff_id:
        ctx.require(Perm.SUPERVISE_CASES)
    title = _clean(title, "title", TITLE_MAX, "case_title_required", single_line=True)
    note = _clean(application_note, "note", NOTE_MAX, "case_stage_note_required",
                  stage=stage_label("application"))
    now = ctx.now()
    with writing(ctx) as s:
        resident = s.get(Resident, resident_id) if isinstance(resident_id, int) else None
        if resident is None or resident.station_id != actor.station_id:
            raise NotFound("resident_not_found", id=resident_id)
        worker = _worker(s, actor, worker_id)
        station = s.get(Station, actor.station_id)
        case = Case(station_id=station.id, number=_next_number(s, station, now.year), resident_id=resident.id,
                    worker_id=worker.id, title=title, stage="application", opened_at=now,
                    opened_by=actor.staff_id, plan=[], goals_met="", evaluation="")
        _note(case, "application", actor, now, note)
        s.add(case)
        try:
            s.flush()
        except IntegrityError:
            raise errors.StorageError("case_number_busy") from None
        return CaseSummary(case.id, case.number, resident.name, worker.name, case.title, case.stage,
                           case.opened_at, None, 1, resident.id, worker.id)


def advance(ctx: ServiceContext, case_id: int, note: str) -> str:
    """Complete the current step with its note and move to the next one; returns the
    new stage. No step is skipped; the plan must be set before it is carried out,
    and the last step ends with `close`, not here."""
    actor = ctx.require(Perm.CASES)
    now = ctx.now()
    with writing(ctx) as s:
        case = _open_case_for_writing(s, actor, case_id)
        if case.stage == "closure":
            raise ValidationError("case_use_close")
        text = _clean(note, "note", NOTE_MAX, "case_stage_note_required", stage=stage_label(case.stage))
        if case.stage == "plan" and not case.plan:
            raise ValidationError("case_plan_required")
        _note(case, case.stage, actor, now, text)
        case.stage = STAGES[STAGES.index(case.stage) + 1]
        return case.stage


def set_plan(ctx: ServiceContext, case_id: int, items: Sequence, note: str = "") -> tuple[PlanItem, ...]:
    """Set the plan: [(goal, services, resources)] or PlanItems. At stage plan the
    note is optional; a revision once the plan is under way needs one, and it
    goes into the log stamped with the stage of the revision."""
    actor = ctx.require(Perm.CASES)
    now = ctx.now()
    plan = _plan_items(items)
    text = _clean(note, "note", NOTE_MAX)
    with writing(ctx) as s:
        case = _open_case_for_writing(s, actor, case_id)
        if STAGES.index(case.stage) < STAGES.index("plan"):
            raise ValidationError("case_plan_too_early", stage=stage_label(case.stage))
        revising = case.stage != "plan"
        if revising and not text:
            raise ValidationError("case_plan_revision_note")
        if revising:
            _note(case, case.stage, actor, now, f"修订服务计划（{len(plan)}项）：{text}")
        elif text:
            _note(case, case.stage, actor, now, text)
        case.plan = plan  # a new list: the JSON column is written only when reassigned
        return tuple(PlanItem(**p) for p in plan)


def add_note(ctx: ServiceContext, case_id: int, text: str) -> CaseNoteInfo:
    """The execution log and supervision notes, stamped with the current stage."""
    actor = ctx.require(Perm.CASES)
    now = ctx.now()
    text = _clean(text, "note", NOTE_MAX, "case_note_required")
    with writing(ctx) as s:
        case = _open_case_for_writing(s, actor, case_id)
        _note(case, case.stage, actor, now, text)
        s.flush()
        return CaseNoteInfo(case.notes[-1].id, now, case.stage, actor.name, text)


def _link_target(s: Session, actor: Actor, affair_id: int | None,
                 partner_code: str | None) -> tuple[Affair | None, Partner | None]:
    if (affair_id is None) == (not partner_code):
        raise ValidationError("case_link_target")
    if affair_id is not None:
        affair = s.get(Affair, affair_id) if isinstance(affair_id, int) else None
        if affair is None or affair.station_id != actor.station_id:
            raise NotFound("affair_not_found", ref=affair_id)
        return affair, None
    partner = s.get(Partner, partner_code) if isinstance(partner_code, str) else None
    if partner is None:
        raise NotFound("partner_not_found", code=partner_code)
    return None, partner


def _same_household(s: Session, case: Case, affair: Affair) -> bool:
    if affair.resident_id == case.resident_id:
        return True
    mine = s.get(Resident, case.resident_id).household_id
    theirs = s.get(Resident, affair.resident_id).household_id
    return mine is not None and mine == theirs


def link(ctx: ServiceContext, case_id: int, affair_id: int | None = None, partner_code: str | None = None) -> None:
    """Link one affair of the resident or of a household member, or one active
    partner from the directory."""
    actor = ctx.require(Perm.CASES)
    with writing(ctx) as s:
        case = _open_case_for_writing(s, actor, case_id)
        affair, partner = _link_target(s, actor, affair_id, partner_code)
        if affair is not None:
            if not _same_household(s, case, affair):
                raise ValidationError("case_affair_not_household", number=affair.number)
            if any(x.affair_id == affair.id for x in case.links):
                raise ValidationError("case_link_exists", what=affair.number)
            case.links.append(CaseLink(affair_id=affair.id))
            return
        if not partner.active:
            raise NotFound("partner_not_found", code=partner.code)
        if any(x.partner_code == partner.code for x in case.links):
            raise ValidationError("case_link_exists", what=errors.Bilingual(partner.name_zh, partner.name_en))
        case.links.append(CaseLink(partner_code=partner.code))


def unlink(ctx: ServiceContext, case_id: int, affair_id: int | None = None, partner_code: str | None = None) -> None:
    actor = ctx.require(Perm.CASES)
    with writing(ctx) as s:
        case = _open_case_for_writing(s, actor, case_id)
        if (affair_id is None) == (not partner_code):
            raise ValidationError("case_link_target")
        found = [x for x in case.links
                 if (affair_id is not None and x.affair_id == affair_id)
                 or (partner_code and x.partner_code == partner_code)]
        if not found:
            raise NotFound("case_link_not_found", what=affair_id if affair_id is not None else partner_code)
        for x in found:
            case.links.remove(x)


def close(ctx: ServiceContext, case_id: int, goals_met: str, satisfaction: int | None, evaluation: str,
          no_rating_reason: str = "") -> None:
    """Close from stage closure: whether the goals were met, the evaluation, and
    the resident's satisfaction 1–5 or why it could not be collected (kept in
    the evaluation)."""
    actor = ctx.require(Perm.CASES)
    now = ctx.now()
    if goals_met not in GOALS:
        raise ValidationError("case_goals_unknown", value=goals_met)
    if satisfaction is not None and (isinstance(satisfaction, bool) or not isinstance(satisfaction, int)
                                     or not 1 <= satisfaction <= 5):
        raise ValidationError("rating_invalid")
    evaluation = _clean(evaluation, "evaluation", NOTE_MAX, "case_evaluation_required")
    reason = _clean(no_rating_reason, "reason", NOTE_MAX)
    if satisfaction is None and not reason:
        raise ValidationError("case_rating_or_reason")
    with writing(ctx) as s:
        case = _open_case_for_writing(s, actor, case_id)
        if case.stage != "closure":
            raise ValidationError("case_not_at_closure", stage=stage_label(case.stage))
        rating = f"满意度 {satisfaction}/5" if satisfaction is not None else f"未能评价满意度：{reason}"
        case.goals_met, case.satisfaction = goals_met, satisfaction
        case.evaluation = evaluation if satisfaction is not None else f"{evaluation}\n未能评价满意度：{reason}"
        _note(case, "closure", actor, now, f"结案：{GOAL_LABELS[goals_met][0]}；{rating}\n{evaluation}")
        case.stage, case.closed_at = "closed", now


# -- reads ----------------------------------------------------------------------

def list_cases(ctx: ServiceContext, stage: str = "", mine_only: bool = False) -> list[CaseSummary]:
    """Open cases first, newest first. A worker sees only the cases assigned to
    them; whoever supervises sees every case of the station."""
    actor = ctx.require(Perm.CASES)
    if stage not in LIST_FILTERS:
        raise ValidationError("case_stage_unknown", stage=stage)
    notes = (select(CaseNote.case_id, func.count(CaseNote.id).label("n"))
             .group_by(CaseNote.case_id).subquery())
    query = (
        select(Case, Resident.name, Staff.name, func.coalesce(notes.c.n, 0))
        .join(Resident, Resident.id == Case.resident_id)
        .join(Staff, Staff.id == Case.worker_id)
        .outerjoin(notes, notes.c.case_id == Case.id)
        .where(Case.station_id == actor.station_id)
        .order_by(Case.closed_at.is_not(None), Case.opened_at.desc(), Case.id.desc())
    )
    if mine_only or not _supervises(actor):
        query = query.where(Case.worker_id == actor.staff_id)
    if stage == "open":
        query = query.where(Case.stage != "closed")
    elif stage:
        query = query.where(Case.stage == stage)
    with reading(ctx) as s:
        return [CaseSummary(c.id, c.number, resident, worker, c.title, c.stage, c.opened_at, c.closed_at,
                            int(n), c.resident_id, c.worker_id)
                for c, resident, worker, n in s.execute(query).all()]


def detail(ctx: ServiceContext, case_id: int) -> CaseDetail:
    actor = ctx.require(Perm.CASES)
    with reading(ctx) as s:
        case = _load(s, actor, case_id)
        staff = dict(s.execute(select(Staff.id, Staff.name).where(Staff.station_id == actor.station_id)).all())
        resident = s.get(Resident, case.resident_id)
        h = resident.household
        return CaseDetail(
            case.id, case.number, resident.name, staff.get(case.worker_id, ""), case.title, case.stage,
            case.opened_at, case.closed_at, len(case.notes), resident.id, case.worker_id,
            resident_id_masked=mask_id(resident.id_number),
            resident_address=f"{h.building}-{h.unit}-{h.room}" if h else "",
            opened_by_name=staff.get(case.opened_by, ""),
            plan=tuple(PlanItem(p.get("goal", ""), p.get("services", ""), p.get("resources", ""))
                       for p in case.plan or ()),
            notes=tuple(CaseNoteInfo(n.id, n.at, n.stage, staff.get(n.staff_id, ""), n.text) for n in case.notes),
            links=_links(s, case),
            goals_met=case.goals_met, satisfaction=case.satisfaction, evaluation=case.evaluation,
        )


def _links(s: Session, case: Case) -> tuple[CaseLinkInfo, ...]:
    affair_ids = [x.affair_id for x in case.links if x.affair_id is not None]
    affairs = {a.id: (a, t, name) for a, t, name in s.execute(
        select(Affair, AffairType, Resident.name)
        .join(AffairType, AffairType.id == Affair.affair_type_id)
        .join(Resident, Resident.id == Affair.resident_id)
        .where(Affair.id.in_(affair_ids))).all()} if affair_ids else {}
    codes = [x.partner_code for x in case.links if x.partner_code]
    partners = {p.code: p for p in s.scalars(select(Partner).where(Partner.code.in_(codes)))} if codes else {}
    out = []
    for x in case.links:
        if x.affair_id is not None and x.affair_id in affairs:
            a, t, name = affairs[x.affair_id]
            out.append(CaseLinkInfo(a.id, a.number, t.name_zh, t.name_en, a.state, name, None, "", ""))
        elif x.partner_code in partners:
            p = partners[x.partner_code]
            out.append(CaseLinkInfo(None, "", "", "", "", "", p.code, p.name_zh, p.name_en))
    return tuple(out)


def case_workers(ctx: ServiceContext) -> list[tuple[int, str]]:
    """Who a case may be assigned to (for whoever supervises): (staff id, name)."""
    actor = ctx.require(Perm.SUPERVISE_CASES)
    with reading(ctx) as s:
        return [(m.id, m.name) for m in s.scalars(
            select(Staff).where(Staff.station_id == actor.station_id, Staff.active.is_(True)).order_by(Staff.id))
            if allowed(m.role, Perm.CASES)]
