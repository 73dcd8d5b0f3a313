"""Showing refusals and failures to the worker in their language."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.services.errors import DomainError

from .i18n import LANGUAGE


def error_text(err: Exception) -> str:
    if isinstance(err, DomainError):
        return err.text(LANGUAGE.code)
    return LANGUAGE.pick(f"操作失败：{err}", f"The operation failed: {err}")


def show_error(parent: QWidget, err: Exception, title: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title or LANGUAGE.pick("无法完成", "Cannot complete"),
                      error_text(err), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.exec()
