"""Which database a start opens and when the setup wizard comes first: --demo (scripts/run),
the database chosen at setup (desk settings `database/url`) and its precedence."""
from __future__ import annotations

import re
import shutil
import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import QSettings

from app.services import setup
from app.ui.setup import desk_settings, first_start
from app.ui.setup.desk_settings import DeskSettings
from app.ui.setup.first_start import StartPlan, start_plan

ENV = "ONE_WINDOW_DATABASE_URL"


@pytest.fixture
def home(tmp_path, monkeypatch):
    """A user whose data folder is empty (platformdirs follows XDG_DATA_HOME)."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv(ENV, raising=False)
    return tmp_path / "xdg" / "one-window"


def run(*args, home, env_extra=None, timeout=180):
    import os

    env = dict(os.environ, XDG_DATA_HOME=str(home.parent), QT_QPA_PLATFORM="offscreen", **(env_extra or {}))
    env.pop(ENV, None)
    env.update(env_extra or {})
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True, env=env,
                          timeout=timeout)


def newer_database(path):
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('9999')")
    return f"sqlite:///{path}"


def test_the_start_plan(home, monkeypatch, tmp_path):
    stored = DeskSettings(setup_done=True, database_url="postgresql://db.local/station")
    # --database and the environment beat the stored choice, and behave as they always did.
    assert start_plan("sqlite:///x.db", stored) == StartPlan("sqlite:///x.db", True, False, False)
    monkeypatch.setenv(ENV, "sqlite:///env.db")
    assert start_plan(None, stored, seed_demo=False) == StartPlan("sqlite:///env.db", False, False, False)
    monkeypatch.delenv(ENV)
    # Set up: the stored database; empty, it leads to the wizard rather than to the demo.
    assert start_plan(None, stored) == StartPlan("postgresql://db.local/station", False, False, True)
    # --demo: the stored (or default) database, seeded when empty, never the wizard.
    assert start_plan(None, stored, demo=True) == StartPlan("postgresql://db.local/station", True, False, False)
    assert start_plan(None, DeskSettings(), demo=True) == StartPlan(None, True, False, False)
    assert start_plan(None, DeskSettings(), demo=True, seed_demo=False) == StartPlan(None, False, False, False)
    # A new computer: the wizard first.
    assert start_plan(None, DeskSettings()) == StartPlan(None, False, True, False)


def test_an_installation_from_before_the_wizard_is_not_asked_again(home, sqlite_template):
    home.mkdir(parents=True)
    shutil.copy(sqlite_template, home / setup.SQLITE_FILE)
    settings_path = home / desk_settings.SETTINGS_FILE
    assert start_plan(None, DeskSettings()) == StartPlan(None, False, False, True)
    database, ctx, actor = first_start.open_for_run(None, settings_path)
    database.dispose()
    assert actor is None
    assert desk_settings.load(settings_path).setup_done


def test_a_stored_database_without_a_station_shows_the_wizard(home, tmp_path, monkeypatch):
    settings_path = home / desk_settings.SETTINGS_FILE
    home.mkdir(parents=True)
    url = setup.sqlite_url(tmp_path / "new")
    desk_settings.save(settings_path, DeskSettings(setup_done=True, database_url=url),
                       only=("setup_done", "database_url"))
    asked = []
    monkeypatch.setattr(first_start, "run_wizard", lambda path, url, **kw: asked.append(url))
    assert first_start.open_for_run(None, settings_path) is None
    assert asked == [url]
    assert not (home / setup.SQLITE_FILE).exists()  # no demo was seeded anywhere


def test_the_demo_flag_seeds_the_demo_without_the_wizard(home):
    done = run("--demo", "--user", "wangxm", home=home, env_extra={"ONE_WINDOW_BENCH_EXIT_WHEN_IDLE": "1"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ONE_WINDOW_IDLE" in done.stdout
    # Start-up's objects are out of the collector's sight (app.ui.app.freeze_startup_objects).
    frozen = int(re.search(r"ONE_WINDOW_GC_FROZEN (\d+)", done.stdout).group(1))
    assert frozen > 10_000
    found = setup.check_database(setup.sqlite_url(home))
    assert found.station == "西城区G街道强根社区服务站 (XCQG01)"
    assert QSettings(str(home / desk_settings.SETTINGS_FILE), QSettings.Format.IniFormat).value(
        "setup/mode") == "demo"


def test_commands_use_the_database_chosen_at_setup_below_the_explicit_ones(home, tmp_path, sqlite_template):
    home.mkdir(parents=True)
    chosen = tmp_path / "chosen.sqlite3"
    shutil.copy(sqlite_template, chosen)
    settings_path = home / desk_settings.SETTINGS_FILE
    desk_settings.save(settings_path, DeskSettings(setup_done=True, database_url=f"sqlite:///{chosen}"),
                       only=("setup_done", "database_url"))
    out = tmp_path / "catalogue.json"
    done = run("catalog", "export", "--format", "json", "--out", str(out), home=home)
    assert done.returncode == 0, done.stderr
    assert out.exists() and not (home / setup.SQLITE_FILE).exists()  # nothing seeded in the default place
    # The stored database can be one this program cannot open; --database and the environment win over it.
    desk_settings.save(settings_path, DeskSettings(database_url=newer_database(tmp_path / "newer.sqlite3")),
                       only=("database_url",))
    done = run("upgrade", home=home)
    assert done.returncode == 3 and "9999" in done.stderr
    assert run("--database", f"sqlite:///{chosen}", "upgrade", home=home).returncode == 0
    assert run("upgrade", home=home, env_extra={ENV: f"sqlite:///{chosen}"}).returncode == 0


def test_the_desk_settings_keys_are_the_ones_their_owners_read(home):
    from app.ui.app import desk_settings_path
    from app.ui.login import idle_lock, login_dialog
    from app.ui.reports import auto_export

    assert desk_settings.default_settings_path() == desk_settings_path()
    assert (desk_settings.LAST_USER_KEY, desk_settings.LAST_DESK_KEY) == (login_dialog.LAST_USER_KEY,
                                                                          login_dialog.LAST_DESK_KEY)
    assert (desk_settings.IDLE_KEY, desk_settings.DEFAULT_MINUTES) == (idle_lock.IDLE_KEY, idle_lock.DEFAULT_MINUTES)
    assert desk_settings.EXPORT_SECTION == auto_export.SECTION
