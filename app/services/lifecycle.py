"""The one state machine of an affair. Every state change and every logged
action on an affair goes through `transition`; nothing else sets Affair.state.

The closed loop: acceptance → undertaking → distributing → urging → feedback
→ closing (受理、承办、派遣、督办、反馈、办结). Actions that do not change the
state (urge, whistle, custody, certificate) are still checked against the
state they are allowed in and recorded as events, so the history is whole.
"""
from __future__ import annotations

from app.models import Affair, AffairEvent

from .context import Actor
from .errors import Bilingual, IllegalTransition

NEW = ""  # before the affair exists

STATE_LABELS = {
    "awaiting_materials": ("待补材料", "awaiting materials"),
    "accepted": ("已受理待派遣", "accepted, to dispatch"),
    "dispatched": ("已派遣办理中", "dispatched"),
    "answered": ("已反馈待办结", "answered, to close"),
    "completed": ("已办结", "completed"),
    "referred": ("已转介", "referred"),
    "cancelled": ("已撤销", "cancelled"),
}
# Affairs the back office still owes the resident something on.
OPEN_STATES = ("accepted", "dispatched", "answered")
FINAL_STATES = ("completed", "referred", "cancelled")

ACTION_LABELS = {
    "notice": ("出具一次性告知单", "issue a one-time notice"),
    "accept": ("受理", "accept"),
    "complete": ("当场办结", "handle on the spot"),
    "dispatch": ("派遣", "dispatch"),
    "refer": ("转介", "refer"),
    "whistle": ("吹哨（紧急响应）", "start Immediate Response"),
    "check_in": ("部门报到", "record a check-in"),
    "urge": ("催办", "urge"),
    "feedback": ("登记反馈", "record feedback"),
    "notify": ("告知居民", "tell the resident"),
    "close": ("办结", "close"),
    "reopen": ("重新打开", "reopen"),
    "cancel": ("撤销", "cancel"),
    "authorise": ("登记全程代办授权", "record an agency authorisation"),
    "custody_take": ("收取原件", "take original documents"),
    "custody_return": ("归还原件", "return original documents"),
    "certificate": ("开具证明", "issue a certificate"),
    "certificate_void": ("作废证明", "void a certificate"),
    "home_visit": ("入户走访", "home visit"),
}

_HOLDING = ("awaiting_materials", "accepted", "dispatched", "answered")

# (from state, action) -> allowed target states; the first is the default.
TRANSITIONS: dict[tuple[str, str], tuple[str, ...]] = {
    (NEW, "notice"): ("awaiting_materials",),
    (NEW, "accept"): ("accepted",),
    (NEW, "complete"): ("completed",),
    ("awaiting_materials", "notice"): ("awaiting_materials",),
    ("awaiting_materials", "accept"): ("accepted",),
    ("awaiting_materials", "complete"): ("completed",),
    ("awaiting_materials", "cancel"): ("cancelled",),
    ("accepted", "dispatch"): ("dispatched",),
    ("accepted", "refer"): ("referred",),
    ("accepted", "whistle"): ("accepted",),
    ("accepted", "check_in"): ("accepted",),
    ("accepted", "cancel"): ("cancelled",),
    ("dispatched", "dispatch"): ("dispatched",),
    ("dispatched", "whistle"): ("dispatched",),
    ("dispatched", "check_in"): ("dispatched",),
    ("dispatched", "urge"): ("dispatched",),
    # The last open leg answering moves the affair on; earlier ones do not.
    ("dispatched", "feedback"): ("dispatched", "answered"),
    ("dispatched", "cancel"): ("cancelled",),
    # A leg that declined or could not solve it: dispatch again before closing.
    ("answered", "dispatch"): ("dispatched",),
    ("answered", "notify"): ("answered",),
    ("answered", "close"): ("completed",),
    ("completed", "reopen"): ("accepted",),
    ("referred", "reopen"): ("accepted",),
    ("completed", "certificate"): ("completed",),
    ("completed", "notify"): ("completed",),
    **{(s, "authorise"): (s,) for s in _HOLDING},
    **{(s, "custody_take"): (s,) for s in _HOLDING},
    # Originals go back to the resident whatever became of the affair.
    **{(s, "custody_return"): (s,) for s in (*_HOLDING, *FINAL_STATES)},
    **{(s, "home_visit"): (s,) for s in _HOLDING},
    # A certificate found wrong is voided whatever the affair went on to become.
    **{(s, "certificate_void"): (s,) for s in (*_HOLDING, *FINAL_STATES)},
}


def state_label(state: str) -> Bilingual:
    return Bilingual(*STATE_LABELS.get(state, ("新建", "new")))


def allowed_actions(state: str) -> tuple[str, ...]:
    return tuple(action for (frm, action) in TRANSITIONS if frm == state)


def target(state: str, action: str, to: str | None = None) -> str:
    targets = TRANSITIONS.get((state, action))
    if targets is None or (to is not None and to not in targets):
        raise IllegalTransition(
            "illegal_transition",
            state=state_label(state),
            action=Bilingual(*ACTION_LABELS.get(action, (action, action))),
        )
    return to if to is not None else targets[0]


def transition(affair: Affair, action: str, actor: Actor, at, note: str = "", to: str | None = None) -> None:
    """Check, apply and record one action in the caller's transaction."""
    before = affair.state or NEW
    after = target(before, action, to)
    affair.state = after
    affair.events.append(AffairEvent(
        kind=action, from_state=before, to_state=after, at=at,
        actor_id=actor.staff_id, desk=actor.desk, note=note,
    ))
