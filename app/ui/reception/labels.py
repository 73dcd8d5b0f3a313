"""Colours and lookups for the reception's codes; the (中文, English) labels are the services'."""
from __future__ import annotations

from app.services.reception_dto import (
    APPOINTMENT_STATE_LABELS, CHANNEL_LABELS, CHANNELS, PRIORITY_LABELS, TICKET_STATE_LABELS,
)

from ..i18n import pair

__all__ = ["APPOINTMENT_STATE_COLORS", "APPOINTMENT_STATE_LABELS", "CHANNEL_LABELS", "CHANNELS", "PRIORITY_LABELS",
           "TICKET_STATE_LABELS", "label"]

APPOINTMENT_STATE_COLORS = {"booked": "#0d47a1", "checked_in": "#1b5e20", "no_show": "#b00020",
                            "cancelled": "#9e9e9e", "done": "#2e7d32"}


def label(labels: dict[str, tuple[str, str]], code: str) -> str:
    return pair(labels.get(code, (code, code)))
