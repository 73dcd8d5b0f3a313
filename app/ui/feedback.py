"""Refusals and failures as text in the worker's language."""
from __future__ import annotations

from app.services.errors import DomainError

from .i18n import LANGUAGE


def error_text(err: Exception) -> str:
    if isinstance(err, DomainError):
        return err.text(LANGUAGE.code)
    return LANGUAGE.pick(f"操作失败：{err}", f"The operation failed: {err}")

