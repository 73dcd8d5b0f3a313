"""Asking who works at this desk: the first start's administrator password, then the sign-in."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from app.services import accounts, station
from app.services.context import Actor, ServiceContext
from app.services.errors import DomainError

from .login_dialog import LoginDialog
from .setup_dialog import SetupDialog


def ask_who_signs_in(ctx: ServiceContext, settings: QSettings | None = None, username: str = "",
                     desk: str = "") -> Actor | None:
    """The signed-in worker, or None when they chose to quit. `ctx` has no actor yet."""
    if accounts.needs_setup(ctx):
        setup = SetupDialog(ctx)
        if setup.exec() != QDialog.DialogCode.Accepted or setup.actor is None:
            return None
        # Whoever just chose the password signs in with it next.
        username = _username(ctx, setup.actor) or username
    try:
        info = station.current_station(ctx)
        name, station_id = info.name, info.id
    except DomainError:
        name, station_id = "", None
    dialog = LoginDialog(ctx, name, username, desk, settings=settings, station_id=station_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.actor


def _username(ctx: ServiceContext, actor: Actor) -> str:
    return next((m.username for m in station.list_staff(ctx, actor.station_id) if m.id == actor.staff_id), "")
