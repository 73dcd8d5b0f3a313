"""The bundle's recipe, without building it: what the spec hands PyInstaller, and that every file the
program opens by path is shipped where the program looks for it once frozen (under sys._MEIPASS)."""
from __future__ import annotations

import struct
import subprocess
import sys
import types
from pathlib import Path, PurePosixPath

import pytest

from ._load import PACKAGING, ROOT, SPEC, manifest

SHIPPED_FILES = {PurePosixPath(dest) / Path(src).name for src, dest in manifest.data_files()}


def shipped(relative: Path | str) -> bool:
    return PurePosixPath(Path(relative).as_posix()) in SHIPPED_FILES


# -- the data files ---------------------------------------------------------------------------------

def test_the_catalogue_translations_fonts_icons_templates_styles_and_migrations_are_shipped():
    for name in manifest.REQUIRED:
        assert (ROOT / name).is_file(), name
        assert shipped(name), name
    for pattern in ("resources/i18n/*.qm", "resources/style/*.qss", "resources/certificates/*",
                    "resources/fonts/*", "resources/icons/*", "app/migrations/versions/*.py",
                    "docs/guide/zh/*.md", "docs/guide/en/*.md"):
        files = [p.relative_to(ROOT) for p in ROOT.glob(pattern)]
        assert files, pattern
        assert all(shipped(f) for f in files), [str(f) for f in files if not shipped(f)]


def test_every_shipped_file_exists_and_no_source_or_cache_goes_along():
    for src, _dest in manifest.data_files():
        assert Path(src).is_file(), src
    names = {p.name for p in SHIPPED_FILES}
    assert not [n for n in names if n.endswith((".ts", ".pyc"))]
    assert not [p for p in SHIPPED_FILES if "__pycache__" in p.parts]
    assert not shipped("app/migrations/__init__.py")  # the package lives in the frozen archive


def test_a_missing_required_file_stops_the_build(tmp_path):
    with pytest.raises(FileNotFoundError, match="catalogue.json"):
        manifest.data_files(tmp_path)


def test_the_program_looks_for_each_file_where_the_bundle_puts_it(monkeypatch, tmp_path):
    """Every lookup, with sys._MEIPASS pointing at a bundle root, lands on a shipped file."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    from app import db
    from app.printing import fonts
    from app.services import catalogue_io
    from app.services.resources import resource
    from app.ui import app as ui_app
    from app.ui.i18n import i18n_dir

    looked_up = [
        resource("catalogue", "catalogue.json"),
        resource("certificates", "templates.json"),
        catalogue_io.resource_path(),
        i18n_dir() / "one_window_zh_CN.qm",
        fonts.resources_dir() / "fonts" / fonts.SHIPPED_FONT_FILE,
        fonts._candidates()[0][0],
        ui_app.resources_dir() / "icons" / "one-window.png",
        ui_app.resources_dir() / "style" / "desk.qss",
        ui_app.resources_dir() / "fonts" / "wqy-microhei.ttc",
    ]
    try:
        from app.ui.help import guide
    except ImportError:  # pragma: no cover - the in-app help is newer than the bundle
        guide = None
    if guide is not None:
        guide.guide_dir.cache_clear()  # found once per process: look again with the bundle's root...
        try:
            looked_up += [guide.guide_dir() / "zh" / "index.md", guide.guide_dir() / "en" / "index.md"]
        finally:
            guide.guide_dir.cache_clear()  # ...and forget it, or later tests would read the guide from tmp_path
    for path in looked_up:
        assert shipped(path.relative_to(tmp_path)), path
    # app.db finds the Alembic scripts beside its own module; frozen, that module's file is
    # <_MEIPASS>/app/db.pyc, so they must sit at app/migrations in the bundle.
    assert db.MIGRATIONS.relative_to(ROOT) == Path("app/migrations")
    assert shipped("app/migrations/env.py") and shipped("app/migrations/script.py.mako")
    from app.migrations import HEAD

    assert any(p.name.startswith(HEAD + "_") and p.parent == PurePosixPath("app/migrations/versions")
               for p in SHIPPED_FILES)


# -- the spec, run with PyInstaller's classes replaced by recorders -------------------------------

class Recorder:
    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


class FakeAnalysis(Recorder):
    def __init__(self, scripts, **kwargs):
        super().__init__(scripts, **kwargs)
        # As PyInstaller's TOC: (name in the bundle, source, type); plus what its Qt hooks add.
        self.datas = [(str(PurePosixPath(dest) / Path(src).name), src, "DATA") for src, dest in kwargs["datas"]]
        self.datas += [("PySide6/Qt/translations/qtbase_de.qm", "/x", "DATA"),
                       ("PySide6/Qt/translations/qtbase_zh_CN.qm", "/x", "DATA"),
                       ("libQt6Quick.so.6", "PySide6/Qt/lib/libQt6Quick.so.6", "SYMLINK")]
        self.binaries = [("PySide6/Qt/lib/libQt6Quick.so.6", "/x", "BINARY"),
                         ("PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so", "/x", "BINARY"),
                         ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x", "BINARY")]
        self.scripts, self.pure = ["main"], ["pure"]


def run_spec(monkeypatch, tmp_path, platform: str) -> dict:
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: [f"{package}.found_by_walking"]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("FixedFileInfo", "StringFileInfo", "StringStruct", "StringTable", "VarFileInfo", "VarStruct",
                 "VSVersionInfo"):
        setattr(versioninfo, name, type(name, (Recorder,), {}))
    for name, module in (("PyInstaller", types.ModuleType("PyInstaller")),
                         ("PyInstaller.utils", types.ModuleType("PyInstaller.utils")),
                         ("PyInstaller.utils.hooks", hooks),
                         ("PyInstaller.utils.win32", types.ModuleType("PyInstaller.utils.win32")),
                         ("PyInstaller.utils.win32.versioninfo", versioninfo)):
        monkeypatch.setitem(sys.modules, name, module)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts packaging/ in front
    namespace = {"SPECPATH": str(PACKAGING), "workpath": str(tmp_path), "DISTPATH": str(tmp_path / "dist"),
                 "Analysis": FakeAnalysis, "PYZ": Recorder, "EXE": Recorder, "COLLECT": Recorder}
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return namespace


def test_the_spec_builds_one_program_from_app_main_with_everything_listed(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "linux")
    a = ns["a"]
    assert a.args[0] == [str(ROOT / "app" / "__main__.py")]
    assert a.kwargs["pathex"] == [str(ROOT)]
    hidden = set(a.kwargs["hiddenimports"])
    assert set(manifest.HIDDEN_IMPORTS) <= hidden
    assert {"app.found_by_walking", "reportlab.graphics.barcode.found_by_walking"} <= hidden
    for lazy in ("sqlalchemy.dialects.postgresql.psycopg", "alembic.ddl.sqlite", "chinese_calendar", "pypinyin",
                 "stdnum.cn.ric", "openpyxl", "PySide6.QtCharts", "PySide6.QtPrintSupport", "PySide6.QtPdf"):
        assert lazy in hidden
    assert set(a.kwargs["excludes"]) == set(manifest.EXCLUDES)
    assert {"tkinter", "PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.QtQml", "pytest"} <= set(
        manifest.EXCLUDES)
    assert "PIL" not in manifest.EXCLUDES  # reportlab imports Pillow at start
    # The version file is written from pyproject.toml and shipped at the bundle's root.
    version_file = tmp_path / manifest.VERSION_FILE
    assert version_file.read_text(encoding="utf-8").strip() == manifest.project_version()
    assert (str(version_file), ".") in a.kwargs["datas"]
    # Qt's other languages and Qt Quick behind the on-screen keyboard are dropped; the rest stays.
    names = [entry[0] for entry in a.datas + a.binaries]
    assert "PySide6/Qt/translations/qtbase_zh_CN.qm" in names and "PySide6/Qt/translations/qtbase_de.qm" not in names
    assert not [n for n in names if "Quick" in n or "virtualkeyboard" in n]
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in names
    assert "resources/catalogue/catalogue.json" in names
    # One program, named one-window, one folder, no UPX.
    exe = ns["programs"]
    assert len(exe) == 1 and exe[0].kwargs["name"] == "one-window" and exe[0].kwargs["console"] is True
    assert exe[0].kwargs["exclude_binaries"] is True and exe[0].kwargs["upx"] is False
    assert Path(exe[0].kwargs["icon"]) == ROOT / manifest.ICON_ICO
    coll = ns["coll"]
    assert coll.kwargs["name"] == "one-window" and coll.args[0] is exe[0]


def test_on_windows_the_desk_has_no_console_and_a_console_twin_runs_scheduled_jobs(monkeypatch, tmp_path):
    ns = run_spec(monkeypatch, tmp_path, "win32")
    desk, cli = ns["programs"]
    assert (desk.kwargs["name"], desk.kwargs["console"]) == ("one-window", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("one-window-cli", True)
    assert ns["coll"].args[:2] == (desk, cli)
    info = desk.kwargs["version"]
    assert info.kwargs["ffi"].kwargs["filevers"] == manifest.windows_version_tuple(manifest.project_version())
    strings = {s.args[0]: s.args[1] for s in info.kwargs["kids"][0].args[0][0].args[1]}
    assert strings["ProductVersion"] == manifest.project_version()
    assert strings["OriginalFilename"] == "one-window.exe"
    assert desk.kwargs["strip"] is False  # there is no strip on Windows


@pytest.mark.parametrize("name, kept", [
    ("PySide6/Qt/lib/libQt6Quick.so.6", False),
    ("libQt6QmlModels.so.6", False),
    ("PySide6/Qt/lib/libQt6VirtualKeyboard.so.6", False),
    ("PySide6\\Qt6Quick.dll", False),
    ("PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll", False),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", True),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
    ("PySide6/Qt6Core.dll", True),
])
def test_keep_binary(name, kept):
    assert manifest.keep_binary(name) is kept


def test_only_qts_chinese_translations_are_kept():
    assert manifest.keep_qt_translation("PySide6/Qt/translations/qtbase_zh_CN.qm")
    assert not manifest.keep_qt_translation("PySide6/Qt/translations/qtbase_ja.qm")
    assert not manifest.keep_qt_translation("PySide6\\translations\\qt_fr.qm")
    assert manifest.keep_qt_translation("resources/i18n/one_window_zh_CN.qm")  # ours, not under translations/


@pytest.mark.parametrize("version, numbers", [
    ("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.10.3rc1", (2, 10, 3, 0)), ("1.2.3.4.5", (1, 2, 3, 4)),
    ("3.0+local.7", (3, 0, 0, 0)), ("99999.1", (65535, 1, 0, 0)),
])
def test_windows_version_numbers(version, numbers):
    assert manifest.windows_version_tuple(version) == numbers


# -- the icon and the scripts ------------------------------------------------------------------------

def test_the_icon_is_a_256_px_png_and_an_ico_from_16_to_256_px():
    png = (ROOT / manifest.ICON_PNG).read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (256, 256)
    ico = (ROOT / manifest.ICON_ICO).read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, height, _colours, _r, _planes, _bits, length, offset = struct.unpack(
            "<BBBBHHII", ico[6 + 16 * i:22 + 16 * i])
        size = width or 256
        assert (width or 256) == (height or 256)
        image = ico[offset:offset + length]
        assert image[:8] == b"\x89PNG\r\n\x1a\n" and struct.unpack(">II", image[16:24]) == (size, size)
        sizes.add(size)
    assert {16, 24, 32, 48, 256} <= sizes


def test_the_build_script_is_valid_bash_and_offers_the_smoke_test():
    script = ROOT / "scripts" / "build_bundle"
    assert script.stat().st_mode & 0o111
    assert subprocess.run(["bash", "-n", str(script)], capture_output=True).returncode == 0
    text = script.read_text(encoding="utf-8")
    assert "--smoke" in text and "packaging/one-window.spec" in text and "smoke_bundle.py" in text
    assert (ROOT / "scripts" / "build_bundle.ps1").exists()


def test_the_desk_windows_carry_the_icon():
    from app.ui.app import make_app

    app = make_app()
    icon = app.windowIcon()
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32
