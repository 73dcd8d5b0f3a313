"""This computer's desk settings: one INI file (app.ui.app.desk_settings_path) shared with the
sign-in, the idle lock, the daily backup and the automatic export, each reading its own keys.
This module reads and writes the ones the setup wizard and the settings screen own.

Only QtCore at import: the command line reads the stored database URL through it, without widgets."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings

# The keys of the sign-in, the idle lock and the automatic export (a test keeps them equal to theirs).
LAST_USER_KEY = "login/last_user"
LAST_DESK_KEY = "login/desk"
IDLE_KEY = "lock/idle_minutes"
DEFAULT_MINUTES = 5
EXPORT_SECTION = "autoExport"
SETTINGS_FILE = "desk-settings.ini"

SETUP_DONE = "setup/done"
SETUP_MODE = "setup/mode"  # station | demo | joined
DATABASE_URL = "database/url"
DESK_NAME = LAST_DESK_KEY  # the sign-in offers it, and remembers what was typed there
PRINTER = "printer/name"
PAPER = "printer/paper"
LANGUAGE_KEY = "ui/language"
BACKUP_FOLDER = "backup/folder"
BACKUP_KEEP = "backup/keep"
BACKUP_ENABLED = "backup/enabled"
EXPORT_FOLDER = f"{EXPORT_SECTION}/folder"  # also where the Reports window's exports go
ASK_PRINTER = "ask"
PAPERS = ("A5", "roll80")
KEEP_DEFAULT = 14
KEEP_MAX = 365


def _bool(value, default: bool) -> bool:
    if value is None or value == "":
        return default
    return value is True or str(value).strip().lower() in ("true", "1", "yes")


def _int(value, default: int, low: int, high: int) -> int:
    try:
        return max(low, min(int(str(value).strip()), high))
    except (TypeError, ValueError):
        return default


def _str(value) -> str:
    return "" if value is None else str(value).strip()


@dataclass(frozen=True)
class DeskSettings:
    setup_done: bool = False
    setup_mode: str = ""
    database_url: str = ""  # "" = the local SQLite file in the user data folder
    desk_name: str = ""
    printer: str = ASK_PRINTER  # a printer's name, or "ask": the print dialog each time
    paper: str = "A5"
    language: str = ""  # "" = as the command line or the system says
    backup_folder: str = ""  # "" = beside the settings file
    backup_keep: int = KEEP_DEFAULT
    backup_enabled: bool = True
    export_folder: str = ""  # "" = the documents folder's reports/
    idle_minutes: int = DEFAULT_MINUTES

    def backup_path(self, settings_path: Path) -> Path:
        """The folder the daily backup writes into (as app.ui.app.start_daily_backup finds it)."""
        return Path(self.backup_folder) if self.backup_folder else Path(settings_path).parent / "backups"


def default_settings_path() -> Path:
    """Where app.ui.app.desk_settings_path() keeps them: the user data folder (created if missing)."""
    from platformdirs import user_data_dir

    folder = Path(user_data_dir("one-window", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / SETTINGS_FILE


def open_settings(path: Path | str) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def stored_database_url(path: Path | str | None = None) -> str | None:
    """The database the setup wizard (or the settings screen) chose for this computer, if any."""
    path = Path(path) if path else default_settings_path()
    if not path.exists():
        return None
    return _str(open_settings(path).value(DATABASE_URL, "")) or None


def load(path: Path | str) -> DeskSettings:
    qs = open_settings(path)
    paper = _str(qs.value(PAPER, "A5"))
    language = _str(qs.value(LANGUAGE_KEY, ""))
    return DeskSettings(
        setup_done=_bool(qs.value(SETUP_DONE), False),
        setup_mode=_str(qs.value(SETUP_MODE, "")),
        database_url=_str(qs.value(DATABASE_URL, "")),
        desk_name=_str(qs.value(DESK_NAME, "")),
        printer=_str(qs.value(PRINTER, ASK_PRINTER)) or ASK_PRINTER,
        paper=paper if paper in PAPERS else "A5",
        language=language if language in ("zh", "en") else "",
        backup_folder=_str(qs.value(BACKUP_FOLDER, "")),
        backup_keep=_int(qs.value(BACKUP_KEEP), KEEP_DEFAULT, 1, KEEP_MAX),
        backup_enabled=_bool(qs.value(BACKUP_ENABLED), True),
        export_folder=_str(qs.value(EXPORT_FOLDER, "")),
        idle_minutes=_int(qs.value(IDLE_KEY), DEFAULT_MINUTES, 0, 24 * 60),
    )


_KEYS = {"setup_done": SETUP_DONE, "setup_mode": SETUP_MODE, "database_url": DATABASE_URL, "desk_name": DESK_NAME,
         "printer": PRINTER, "paper": PAPER, "language": LANGUAGE_KEY, "backup_folder": BACKUP_FOLDER,
         "backup_keep": BACKUP_KEEP, "backup_enabled": BACKUP_ENABLED, "export_folder": EXPORT_FOLDER,
         "idle_minutes": IDLE_KEY}


def save(path: Path | str, prefs: DeskSettings, only: tuple[str, ...] | None = None) -> None:
    """Write the settings (or only the named fields); the file's other keys stay as they are."""
    qs = open_settings(path)
    for f in fields(prefs):
        if only is None or f.name in only:
            value = getattr(prefs, f.name)
            qs.setValue(_KEYS[f.name], value if not isinstance(value, bool) else ("true" if value else "false"))
    qs.sync()
    try:
        os.chmod(path, 0o600)  # a PostgreSQL URL may carry a password
    except OSError:
        pass


def remember_user(path: Path | str, username: str) -> None:
    """The next sign-in offers this user name (the administrator, after the setup)."""
    qs = open_settings(path)
    qs.setValue(LAST_USER_KEY, username)
    qs.sync()
