"""Which database a start opens, and whether the setup wizard comes first.

--database beats $ONE_WINDOW_DATABASE_URL beats this computer's desk settings (`database/url`,
chosen in the wizard) beats the local SQLite file in the user data folder. `--demo` seeds the
demo station into an empty database and never shows the wizard (scripts/run). Otherwise a
computer whose desk settings say nothing of a setup shows the wizard, unless the local database
already holds a station (an installation from before the wizard)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.bootstrap import default_url, explicit_url, open_station
from app.services import setup, station
from app.services.errors import DomainError

from . import desk_settings
from .desk_settings import DeskSettings


@dataclass(frozen=True)
class StartPlan:
    url: str | None  # None: the local SQLite file in the user data folder
    seed_demo: bool  # the demo station goes into it when it is empty
    wizard: bool  # the setup wizard first, nothing opened before
    wizard_if_empty: bool  # open it; when it holds no station, the wizard instead


def local_station_exists(data_dir: Path | None = None) -> bool:
    """Whether the local SQLite file exists and holds a station (or cannot be read: then it is opened
    as before and its error shown, rather than hidden behind the wizard). Creates nothing."""
    try:
        found = setup.check_database(default_url(data_dir))
    except DomainError:
        return True
    return found.exists and not found.empty


def start_plan(cli_url: str | None, prefs: DeskSettings, *, demo: bool = False, seed_demo: bool = True,
               data_dir: Path | None = None) -> StartPlan:
    chosen = explicit_url(cli_url)
    if chosen:
        return StartPlan(chosen, seed_demo, False, False)  # as always: scripts, tests, the bench
    url = prefs.database_url or None
    if demo:
        return StartPlan(url, seed_demo, False, False)
    if prefs.setup_done:
        return StartPlan(url, False, False, True)
    if url is None and local_station_exists(data_dir):
        return StartPlan(None, False, False, True)
    return StartPlan(url, False, True, False)


def open_for_run(cli_url: str | None, settings_path: Path, *, demo: bool = False, seed_demo: bool = True,
                 data_dir: Path | None = None, documents_dir: Path | None = None):
    """(database, ctx, actor) to start the desk with — actor is None when somebody still has to sign
    in — or None when the wizard was cancelled."""
    prefs = desk_settings.load(settings_path)
    plan = start_plan(cli_url, prefs, demo=demo, seed_demo=seed_demo, data_dir=data_dir)
    if not plan.wizard:
        database, ctx = open_station(plan.url, seed_demo=plan.seed_demo)
        if not plan.wizard_if_empty or station.has_station(ctx):
            if not prefs.setup_done and not explicit_url(cli_url):
                mode = "demo" if demo else "station"
                desk_settings.save(settings_path, DeskSettings(setup_done=True, setup_mode=mode),
                                   only=("setup_done", "setup_mode"))
            return database, ctx, None
        database.dispose()
    return run_wizard(settings_path, plan.url, data_dir=data_dir, documents_dir=documents_dir)


def run_wizard(settings_path: Path, url: str | None, *, data_dir: Path | None = None,
               documents_dir: Path | None = None):
    from PySide6.QtWidgets import QDialog

    from ..app import documents_dir as default_documents
    from .wizard import SetupWizard

    folder = Path(data_dir) if data_dir else Path(settings_path).parent
    wizard = SetupWizard(settings_path, data_dir=folder, documents_dir=documents_dir or default_documents(),
                         database_url=url)
    if wizard.exec() != QDialog.DialogCode.Accepted:
        return None
    if wizard.mode == "demo":
        database, ctx = open_station(url, seed_demo=True)
        return database, ctx, None
    return wizard.database, wizard.ctx, wizard.actor
