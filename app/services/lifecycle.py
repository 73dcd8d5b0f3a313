"""The one state machine of an affair. Every transition goes through `transition`.

Later stages of the closed loop (dispatch, urge, feedback, close) extend
TRANSITIONS; nothing else may set Affair.state.
"""
from __future__ import annotations

from app.models import Affair, AffairEvent

from .context import Actor
from .errors import Bilingual, IllegalTransition

NEW = ""  # before the affair exists

STATE_LABELS = {
    "awaiting_materials": ("待补材料", "awaiting materials"),
    "accepted": ("已受理", "accepted"),
    "completed": ("已办结", "completed"),
    "cancelled": ("已撤销", "cancelled"),
}

ACTION_LABELS = {
    "notice": ("出具一次性告知单", "issue a one-time notice"),
    "accept": ("受理", "accept"),
    "complete": ("当场办结", "handle on the spot"),
    "cancel": ("撤销", "cancel"),
}

# (from state, action) -> to state
TRANSITIONS: dict[tuple[str, str], str] = {
    (NEW, "notice"): "awaiting_materials",
    (NEW, "accept"): "accepted",
    (NEW, "complete"): "completed",
    ("awaiting_materials", "notice"): "awaiting_materials",
    ("awaiting_materials", "accept"): "accepted",
    ("awaiting_materials", "complete"): "completed",
    ("awaiting_materials", "cancel"): "cancelled",
    ("accepted", "cancel"): "cancelled",
}


def target(state: str, action: str) -> str:
    try:
        return TRANSITIONS[(state, action)]
    except KeyError:
        raise IllegalTransition(
            "illegal_transition",
            state=Bilingual(*STATE_LABELS.get(state, ("新建", "new"))),
            action=Bilingual(*ACTION_LABELS.get(action, (action, action))),
        ) from None


def transition(affair: Affair, action: str, actor: Actor, at, note: str = "") -> None:
    """Check, apply and record one state change in the caller's transaction."""
    before = affair.state or NEW
    after = target(before, action)
    affair.state = after
    affair.events.append(AffairEvent(
        kind=action, from_state=before, to_state=after, at=at,
        actor_id=actor.staff_id, desk=actor.desk, note=note,
    ))
