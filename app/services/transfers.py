"""The back-office transfer desk: dispatch, refer, Immediate Response, urge,
feedback, tell the resident, close, reopen, cancel. Every step is one
transaction that goes through the state machine in `lifecycle`."""
from __future__ import annotations

from datetime import datetime
from typing import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Affair, CallIn, CustodyItem, DispatchLeg, Partner

from . import lifecycle
from .context import Actor, ServiceContext
from .errors import NotFound, ValidationError
from .permissions import Perm
from .uow import writing

RESULTS = ("resolved", "partly_resolved", "not_resolved", "declined")
RESULT_LABELS = {
    "resolved": ("已解决", "resolved"),
    "partly_resolved": ("部分解决", "partly resolved"),
    "not_resolved": ("未能解决", "not resolved"),
    "declined": ("不予受理/退回", "declined"),
}
NOTIFY_METHODS = ("phone", "sms", "in_person", "home_visit", "app")
NOTIFY_LABELS = {
    "phone": ("电话", "phone"), "sms": ("短信", "text message"), "in_person": ("当面", "in person"),
    "home_visit": ("入户", "home visit"), "app": ("“西城家园”App", "the community app"),
}
TEXT_MAX = 1000


def _text(value: str, key: str = "", required: bool = False) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError(key)
    if len(value) > TEXT_MAX:
        raise ValidationError("note_too_long", max=TEXT_MAX)
    return value


def load_affair(s: Session, actor: Actor, affair_id: int) -> Affair:
    affair = s.get(Affair, affair_id)
    if affair is None or affair.station_id != actor.station_id:
        raise NotFound("affair_not_found", ref=affair_id)
    return affair


def _partners(s: Session, codes: Sequence[str]) -> list[Partner]:
    codes = list(dict.fromkeys(c for c in codes if c))
    if not codes:
        raise ValidationError("partners_required")
    found = {p.code: p for p in s.scalars(select(Partner).where(Partner.code.in_(codes)))}
    for code in codes:
        if code not in found or not found[code].active:
            raise NotFound("partner_not_found", code=code)
    return [found[c] for c in codes]


def _names(partners: list[Partner]) -> str:
    return "、".join(p.name_zh for p in partners)


def _add_legs(affair: Affair, partners: list[Partner], kind: str, request: str, actor: Actor,
              now: datetime) -> None:
    busy = {leg.partner_code for leg in affair.legs if leg.state == "open"}
    for p in partners:
        if p.code in busy:
            raise ValidationError("leg_already_open", partner=p.name_zh)
    start = max((leg.position for leg in affair.legs), default=0)
    for i, p in enumerate(partners, start=1):
        affair.legs.append(DispatchLeg(
            position=start + i, partner_code=p.code, kind=kind, state="open", request=request,
            dispatched_at=now, dispatched_by=actor.staff_id, urge_count=0,
        ))


def dispatch(ctx: ServiceContext, affair_id: int, partner_codes: Sequence[str], request: str = "",
             phone_consent: bool = False) -> None:
    """Hand the affair to one or several departments/partners, one leg each."""
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    request = _text(request)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        partners = _partners(s, partner_codes)
        note = _names(partners) + (f"：{request}" if request else "")
        lifecycle.transition(affair, "dispatch", actor, now, note)
        _add_legs(affair, partners, "dispatch", request, actor, now)
        if phone_consent and not affair.phone_consent:
            affair.phone_consent = True


def refer(ctx: ServiceContext, affair_id: int, partner_codes: Sequence[str], reason: str) -> None:
    """A claim outside the station's scope: refer it with a slip and record it as referred."""
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    reason = _text(reason, "reason_required", required=True)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        partners = _partners(s, partner_codes)
        lifecycle.transition(affair, "refer", actor, now, f"{_names(partners)}：{reason}")
        _add_legs(affair, partners, "referral", reason, actor, now)
        affair.completed_at = now


def whistle(ctx: ServiceContext, affair_id: int, partner_codes: Sequence[str], note: str = "") -> None:
    """Immediate Response (街乡吹哨、部门报到): urgent, same-day, departments called in."""
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    note = _text(note)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        partners = _partners(s, partner_codes)
        called = {c.partner_code for c in affair.call_ins if c.checked_in_at is None}
        lifecycle.transition(affair, "whistle", actor, now, _names(partners) + (f"：{note}" if note else ""))
        if not affair.urgent:
            affair.urgent, affair.urgent_at = True, now
        for p in partners:
            if p.code not in called:
                affair.call_ins.append(CallIn(partner_code=p.code, called_at=now, called_by=actor.staff_id,
                                              note=note))


def check_in(ctx: ServiceContext, call_in_id: int, note: str = "") -> None:
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    note = _text(note)
    with writing(ctx) as s:
        call = s.get(CallIn, call_in_id)
        affair = load_affair(s, actor, call.affair_id) if call else None
        if call is None:
            raise NotFound("call_in_not_found", ref=call_in_id)
        if call.checked_in_at is not None:
            raise ValidationError("already_checked_in")
        partner = s.get(Partner, call.partner_code)
        lifecycle.transition(affair, "check_in", actor, now, partner.name_zh + (f"：{note}" if note else ""))
        call.checked_in_at = now
        if note:
            call.note = note


def urge(ctx: ServiceContext, affair_id: int, note: str = "") -> int:
    """Log one urging of every open leg; returns the affair's urge count."""
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    note = _text(note)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        open_legs = [leg for leg in affair.legs if leg.state == "open"]
        lifecycle.transition(affair, "urge", actor, now, note)
        for leg in open_legs:
            leg.urge_count += 1
        affair.urge_count += 1
        affair.last_urged_at = now
        return affair.urge_count


def feedback(ctx: ServiceContext, leg_id: int, result: str, text: str) -> str:
    """Record one leg's answer; the last open leg answering moves the affair to
    'answered'. Returns the affair's new state."""
    actor = ctx.require(Perm.FOLLOW_UP)
    now = ctx.now()
    if result not in RESULTS:
        raise ValidationError("result_unknown", result=result)
    text = _text(text, "feedback_required", required=True)
    with writing(ctx) as s:
        leg = s.get(DispatchLeg, leg_id)
        if leg is None:
            raise NotFound("leg_not_found", ref=leg_id)
        affair = load_affair(s, actor, leg.affair_id)
        if leg.state != "open":
            raise ValidationError("leg_not_open")
        still_open = [x for x in affair.legs if x.state == "open" and x.id != leg.id]
        partner = s.get(Partner, leg.partner_code)
        label = RESULT_LABELS[result][0]
        lifecycle.transition(affair, "feedback", actor, now, f"{partner.name_zh}（{label}）：{text}",
                             to="dispatched" if still_open else "answered")
        leg.state, leg.result, leg.feedback = "answered", result, text
        leg.feedback_at, leg.feedback_by = now, actor.staff_id
        return affair.state


def notify(ctx: ServiceContext, affair_id: int, method: str, note: str = "") -> None:
    """Record that the resident was told the outcome, how and when."""
    actor = ctx.require(Perm.FOLLOW_UP)
    now = ctx.now()
    if method not in NOTIFY_METHODS:
        raise ValidationError("notify_method_unknown", method=method)
    note = _text(note)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        label = NOTIFY_LABELS[method][0]
        lifecycle.transition(affair, "notify", actor, now, label + (f"：{note}" if note else ""))
        affair.notified_at, affair.notify_method = now, method


def close(ctx: ServiceContext, affair_id: int, rating: int | None = None, comment: str = "",
          no_rating_reason: str = "") -> None:
    """Close only when the resident has been told and rated it, or why no
    rating could be collected is on record, and no original is still held."""
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    comment, no_rating_reason = _text(comment), _text(no_rating_reason)
    if rating is not None and (isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 5):
        raise ValidationError("rating_invalid")
    if rating is None and not no_rating_reason:
        raise ValidationError("rating_or_reason")
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        lifecycle.target(affair.state, "close")
        if affair.notified_at is None:
            raise ValidationError("not_notified")
        held = s.scalars(select(CustodyItem.name).where(CustodyItem.affair_id == affair.id,
                                                        CustodyItem.returned_at.is_(None))).all()
        if held:
            raise ValidationError("originals_held", names="、".join(held))
        note = f"满意度 {rating}/5" + (f"：{comment}" if comment else "") if rating else f"未评价：{no_rating_reason}"
        lifecycle.transition(affair, "close", actor, now, note)
        affair.satisfaction = rating
        affair.satisfaction_comment = comment if rating else ""
        affair.no_rating_reason = "" if rating else no_rating_reason
        affair.completed_at = now


def reopen(ctx: ServiceContext, affair_id: int, reason: str) -> None:
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    reason = _text(reason, "reason_required", required=True)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        lifecycle.transition(affair, "reopen", actor, now, reason)
        affair.reopen_count += 1
        affair.completed_at = None
        affair.notified_at, affair.notify_method = None, ""
        affair.satisfaction, affair.satisfaction_comment, affair.no_rating_reason = None, "", ""
        _withdraw_open_legs(affair)


def cancel(ctx: ServiceContext, affair_id: int, reason: str) -> None:
    actor = ctx.require(Perm.DISPATCH)
    now = ctx.now()
    reason = _text(reason, "reason_required", required=True)
    with writing(ctx) as s:
        affair = load_affair(s, actor, affair_id)
        lifecycle.transition(affair, "cancel", actor, now, reason)
        _withdraw_open_legs(affair)


def _withdraw_open_legs(affair: Affair) -> None:
    """Partners still working on it are told to stop: their legs no longer count as open."""
    for leg in affair.legs:
        if leg.state == "open":
            leg.state = "withdrawn"
