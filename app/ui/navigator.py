"""The station's screens and how to move between them: the desk, the back
office, home visits, and the dialogs any of them may open. One navigator per
application; windows are built on first use and kept, so switching is instant
and unsaved input in a window survives a trip to another."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QMainWindow, QWidget

from app.services import audit
from app.services.context import ServiceContext
from app.services.dto import StationInfo
from app.services.errors import DomainError
from app.services.permissions import Perm, allowed

BACK_OFFICE_ROLES = ("deputy_stationmaster", "chief_stationmaster")


class Navigator(QObject):
    signedOut = Signal()  # Switch user: the windows are closed; the application asks who signs in next

    def __init__(self, ctx: ServiceContext, station: StationInfo, output_dir: Path, backend: str = "SQLite",
                 settings_path: Path | None = None):
        super().__init__()
        self.setObjectName("navigator")
        self.ctx, self.station, self.output_dir, self.backend = ctx, station, Path(output_dir), backend
        self.settings_path = Path(settings_path) if settings_path else self.output_dir / "desk-settings.ini"
        self._windows: dict[str, QMainWindow] = {}
        from .reports.auto_export import AutoExporter, settings_file

        # Started for every role: one without the export permission is told once, when the export falls due.
        self.auto_exporter = AutoExporter(ctx, settings_file(self.settings_path), self, output_dir=self.output_dir)
        self.auto_exporter.exported.connect(self._auto_exported)
        self.auto_exporter.failed.connect(lambda text: self._note(text, ok=False))
        self.auto_exporter.start()
        from .login.idle_lock import IdleLock, idle_minutes

        # The desk stands in an open hall: minutes without input before every window is covered (0 = never).
        self.idle_minutes = idle_minutes(QSettings(str(self.settings_path), QSettings.Format.IniFormat))
        self.idle_lock = IdleLock(ctx, self.idle_minutes, self, windows=lambda: list(self._windows.values()))
        self.idle_lock.switchUserRequested.connect(self.sign_out)

    def start_window(self) -> QMainWindow:
        """The deputy's day starts at the transfer queue, the administrator's at the accounts;
        everybody else's at the desk."""
        role = self.ctx.actor.role if self.ctx.actor else ""
        if role in BACK_OFFICE_ROLES:
            return self.window("back_office")
        if allowed(role, Perm.MANAGE_ACCOUNTS) and not allowed(role, Perm.ACCEPT):
            return self.window("accounts")
        return self.window("desk")

    def window(self, name: str) -> QMainWindow:
        if name not in self._windows:
            self._windows[name] = self._build(name)
            if name != "display":  # the waiting area's screen has no menus: residents look at it
                add_go_menu(self._windows[name], self)
                from .appearance import add_view_menu

                add_view_menu(self._windows[name])  # large font, high contrast
                from .help import add_help_menu

                add_help_menu(self._windows[name], self, name)  # F1: the guide's chapter for this window
        return self._windows[name]

    def _build(self, name: str) -> QMainWindow:
        if name == "desk":
            from .desk.window import DeskWindow

            window = DeskWindow(self.ctx, self.station, self.output_dir, backend=self.backend)
            window.timelineRequested.connect(self.show_timeline)
            self._apply_print_settings(window)
            return window
        if name == "back_office":
            from .backoffice.window import BackOfficeWindow

            window = BackOfficeWindow(self.ctx, self.station, self.output_dir)
            window.timelineRequested.connect(self.show_timeline)
            window.agencyRequested.connect(self.show_custody)
            return window
        if name == "visits":
            from .visits.window import VisitsWindow

            return VisitsWindow(self.ctx, self.station, self.output_dir)
        if name == "reception":
            from .reception.window import ReceptionWindow

            return ReceptionWindow(self.ctx, self.station, self.output_dir)
        if name == "display":
            from .display.window import WaitingDisplay

            return WaitingDisplay(self.ctx, self.station)
        if name == "cases":
            from .cases.window import CasesWindow

            return CasesWindow(self.ctx, self.station, self.output_dir)
        if name == "needs":
            from .needs.window import NeedsWindow

            return NeedsWindow(self.ctx, self.station, self.output_dir)
        if name == "reports":
            from .reports.window import ReportsWindow

            return ReportsWindow(self.ctx, self.station, self.output_dir, settings_path=self.settings_path)
        if name == "dashboard":
            from .dashboard.window import DashboardWindow

            window = DashboardWindow(self.ctx, self.station, self.output_dir)
            window.backOfficeRequested.connect(self.show_deadline)
            return window
        if name == "accounts":
            from .admin.accounts_window import AccountsWindow

            return AccountsWindow(self.ctx, self.station)
        if name == "audit":
            from .admin.audit_window import AuditWindow

            return AuditWindow(self.ctx, self.station)
        if name == "settings":
            from .setup.settings_window import SettingsWindow

            window = SettingsWindow(self.ctx, self.station, self.settings_path, self.output_dir)
            window.deskSettingsChanged.connect(self.apply_desk_settings)
            return window
        raise KeyError(name)

    def apply_desk_settings(self) -> None:
        """After Settings saved: the idle lock's minutes and the desk's printer and paper change at once."""
        from .setup import desk_settings

        self.idle_minutes = desk_settings.load(self.settings_path).idle_minutes
        self.idle_lock.set_minutes(self.idle_minutes)
        if "desk" in self._windows:
            self._apply_print_settings(self._windows["desk"])

    def _apply_print_settings(self, window: QMainWindow) -> None:
        from .setup import desk_settings

        prefs = desk_settings.load(self.settings_path)
        window.set_print_settings(prefs.paper, prefs.printer)

    def show(self, name: str) -> None:
        window = self.window(name)
        if name == "display":
            window.show_on_best_screen()  # full screen on the waiting area's monitor when there is one
            return
        window.show()
        window.raise_()
        window.activateWindow()

    def _parent(self) -> QWidget | None:
        """The window that asked, so the dialog sits over it (and lives as long as it)."""
        from PySide6.QtWidgets import QApplication

        sender = self.sender()
        if isinstance(sender, QWidget):
            return sender.window()
        return QApplication.activeWindow() or next(iter(self._windows.values()), None)

    def _open(self, dialog: QWidget) -> QWidget:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_timeline(self, resident_id: int) -> QWidget:
        from .timeline.dialog import TimelineDialog

        return self._open(TimelineDialog(self.ctx, resident_id, self._parent()))

    def show_custody(self, affair_id: int) -> QWidget:
        from .agency.custody_dialog import CustodyDialog

        return self._open(CustodyDialog(self.ctx, affair_id, self.output_dir, self._parent()))

    def show_deadline(self, state: str) -> None:
        self.show("back_office")
        self.window("back_office").show_deadline(state)

    def _auto_exported(self, paths: list) -> None:
        names = "、".join(Path(p).name for p in paths)
        folder = str(Path(paths[0]).parent) if paths else ""
        self._note(self.tr("Today's report exported automatically: %1 (in %2)").replace("%1", names)
                   .replace("%2", folder), ok=True)

    def _note(self, text: str, ok: bool) -> None:
        """A one-line note in the window being worked in (or the last one opened)."""
        from PySide6.QtWidgets import QApplication

        active = QApplication.activeWindow()
        window = active if active in self._windows.values() else next(
            (w for w in reversed(list(self._windows.values())) if w.isVisible()), None)
        if window is None:
            return
        if hasattr(window, "show_message"):
            window.show_message(text, ok)
        else:
            window.statusBar().showMessage(text, 60000)

    def lock_now(self) -> None:
        self.idle_lock.lock()

    def switch_user(self) -> None:
        """Asks first (unsaved input is lost), then signs out."""
        self.idle_lock.switch_user(self._parent())

    def sign_out(self) -> None:
        try:
            audit.log(self.ctx, "logout", operation="navigator.sign_out")
        except DomainError:
            pass  # signing out must not fail on a busy database
        self.idle_lock.stop()
        self.auto_exporter.stop()
        windows, self._windows = list(self._windows.values()), {}
        for window in windows:
            window.close()
            window.deleteLater()  # its dialogs, and whatever was typed in them, go with it
        self.signedOut.emit()

    def show_certificates(self) -> QWidget:
        from .certificates.register import CertificateRegisterDialog

        return self._open(CertificateRegisterDialog(self.ctx, self.output_dir, self._parent()))

    def show_resident_import(self) -> QWidget:
        from .residents_import.dialog import ResidentImportDialog

        return self._open(ResidentImportDialog(self.ctx, self._parent(), settings_path=self.settings_path))


class _GoMenu(QObject):
    """The Go menu of one window; re-labelled with the rest of it."""

    def __init__(self, window: QMainWindow, navigator: Navigator):
        super().__init__(window)
        self.setObjectName("goMenuLabels")
        self.menu = window.menuBar().addMenu("")
        self.menu.setObjectName("goMenu")
        role = navigator.ctx.actor.role if navigator.ctx.actor else ""
        self.items = []
        for name, key, slot, visible in (
            ("desk", "Ctrl+1", lambda: navigator.show("desk"), allowed(role, Perm.ACCEPT)),
            ("back_office", "Ctrl+2", lambda: navigator.show("back_office"), allowed(role, Perm.SEARCH)),
            ("visits", "Ctrl+3", lambda: navigator.show("visits"), allowed(role, Perm.HOME_VISIT)),
            ("certificates", "Ctrl+4", navigator.show_certificates, allowed(role, Perm.SEARCH)),
            ("reception", "Ctrl+5", lambda: navigator.show("reception"), allowed(role, Perm.RECEPTION)),
            ("display", "Ctrl+6", lambda: navigator.show("display"), allowed(role, Perm.RECEPTION)),
            ("cases", "Ctrl+7", lambda: navigator.show("cases"), allowed(role, Perm.CASES)),
            ("needs", "Ctrl+8", lambda: navigator.show("needs"), allowed(role, Perm.TRIAGE_NEEDS)),
            ("reports", "Ctrl+9", lambda: navigator.show("reports"), allowed(role, Perm.REPORTS)),
            ("dashboard", "Ctrl+0", lambda: navigator.show("dashboard"), allowed(role, Perm.REPORTS)),
        ):
            action = QAction(window, objectName=f"actionGo_{name}")
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(slot)
            action.setVisible(visible)
            self.menu.addAction(action)
            self.items.append((name, action))
        # Administration and the session: a section of their own under the screens.
        self.session_items = []
        self.menu.addSeparator()
        lock_keys = ["Ctrl+L"] if not _key_taken(window, "Ctrl+L") else []
        settings_keys = ["Ctrl+,"] + ([] if _key_taken(window, "Ctrl+Shift+S") else ["Ctrl+Shift+S"])
        for name, keys, slot, visible in (
            ("accounts", ["Ctrl+Shift+A"], lambda: navigator.show("accounts"), allowed(role, Perm.MANAGE_ACCOUNTS)),
            ("resident_import", ["Ctrl+Shift+I"], navigator.show_resident_import,
             allowed(role, Perm.REGISTER_RESIDENT)),
            ("audit", ["Ctrl+Shift+L"], lambda: navigator.show("audit"), allowed(role, Perm.VIEW_AUDIT)),
            ("settings", settings_keys, lambda: navigator.show("settings"), True),
            ("lock", lock_keys, navigator.lock_now, True),
            ("switch_user", [], navigator.switch_user, True),
        ):
            if name == "lock":
                self.menu.addSeparator()
            action = QAction(window, objectName=f"actionGo_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            action.setVisible(visible)
            self.menu.addAction(action)
            self.session_items.append((name, action))
        self.retranslate()
        # Not a widget, so no LanguageChange of its own: listen to the window's.
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Go"))
        labels = {"desk": self.tr("Acceptance desk"), "back_office": self.tr("Back office: transfer queue"),
                  "visits": self.tr("Grid areas and home visits"), "certificates": self.tr("Certificate register"),
                  "reception": self.tr("Reception: appointments and tickets"),
                  "display": self.tr("Waiting-area display"), "cases": self.tr("Social-work cases"),
                  "needs": self.tr("Needs posted online"), "reports": self.tr("Reports and exports"),
                  "dashboard": self.tr("Dashboard")}
        labels.update({"accounts": self.tr("Accounts"), "resident_import": self.tr("Import residents…"),
                       "audit": self.tr("Audit log"), "settings": self.tr("Settings…"),
                       "lock": self.tr("Lock the screen"), "switch_user": self.tr("Switch user…")})
        for name, action in self.items + self.session_items:
            action.setText(labels[name])


def _key_taken(window: QWidget, key: str) -> bool:
    """A window whose own work already uses the key (Ctrl+L adds a case note): the menu item goes without it,
    since two actions on one key fire neither."""
    sequence = QKeySequence(key)
    return any(sequence in a.shortcuts() for a in window.findChildren(QAction)) or any(
        s.key() == sequence for s in window.findChildren(QShortcut))


def add_go_menu(window: QMainWindow, navigator: Navigator) -> _GoMenu:
    menu = _GoMenu(window, navigator)
    window.go_menu = menu
    return menu
