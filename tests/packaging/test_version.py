"""One version number, from pyproject.toml, wherever the program runs."""
from __future__ import annotations

import tomllib

import pytest

from app import cli, version as version_mod

from ._load import ROOT


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


@pytest.fixture(autouse=True)
def fresh_cache():
    version_mod.version.cache_clear()
    yield
    version_mod.version.cache_clear()


def test_the_version_is_pyprojects():
    assert version_mod.version() == pyproject_version()


def test_dash_dash_version_prints_it(capsys):
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"one-window {pyproject_version()}"


def test_frozen_the_version_comes_from_the_file_the_build_wrote(monkeypatch, tmp_path):
    (tmp_path / version_mod.BUNDLED_FILE).write_text("9.8.7\n", encoding="utf-8")
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert version_mod.version() == "9.8.7"


def test_frozen_without_a_usable_file_it_falls_back(monkeypatch, tmp_path):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert version_mod.version() == pyproject_version()  # no file: this checkout's pyproject.toml
    (tmp_path / version_mod.BUNDLED_FILE).write_text("not a version; rm -rf\n", encoding="utf-8")
    version_mod.version.cache_clear()
    assert version_mod.version() == pyproject_version()


def test_without_pyproject_the_installed_metadata_then_unknown(monkeypatch, tmp_path):
    monkeypatch.setattr(version_mod, "_from_pyproject", lambda path: None)
    monkeypatch.setattr(version_mod, "_from_metadata", lambda: "1.2.3")
    assert version_mod.version() == "1.2.3"
    version_mod.version.cache_clear()
    monkeypatch.setattr(version_mod, "_from_metadata", lambda: None)
    assert version_mod.version() == version_mod.UNKNOWN


def test_a_broken_pyproject_is_no_version(tmp_path):
    bad = tmp_path / "pyproject.toml"
    bad.write_text("[project\nversion = ", encoding="utf-8")
    assert version_mod._from_pyproject(bad) is None
    assert version_mod._from_pyproject(tmp_path / "missing.toml") is None
