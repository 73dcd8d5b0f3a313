"""What goes into the desktop bundle, as plain data: read by one-window.spec and checked by
tests/packaging without PyInstaller.

Everything the program opens by path lives under the bundle's root (sys._MEIPASS) at the place it has in
the checkout: resources/... (app.services.resources, app.ui.i18n, app.printing.fonts, catalogue_io),
docs/guide/... (app.ui.help.guide) and app/migrations/... (app.db finds the Alembic scripts beside its
own module, whose __file__ is under sys._MEIPASS when frozen, and Alembic reads them as .py files, not
from the frozen archive).
"""
from __future__ import annotations

import re
import tomllib
from fnmatch import fnmatch
from pathlib import Path, PurePosixPath

ROOT = Path(__file__).resolve().parents[1]
NAME = "one-window"
# app.version reads this file from the bundle's root; the spec writes it from pyproject.toml.
VERSION_FILE = "one-window.version"
ICON_PNG = "resources/icons/one-window.png"
ICON_ICO = "resources/icons/one-window.ico"

# (folder of the checkout, folder in the bundle, names left out): each folder is taken whole, so a
# resource added later is shipped without touching this list. The guide is read by the in-app help
# (app.ui.help.guide) from docs/guide.
DATA_TREES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("resources", "resources", ("*.ts",)),  # the translations' sources; the compiled .qm go
    ("docs/guide", "docs/guide", ()),
    ("app/migrations", "app/migrations", ("__init__.py",)),  # the package itself is in the archive
)
LEFT_OUT_EVERYWHERE = ("__pycache__", "*.pyc", ".*", "*~")

# Files the program cannot work without: the build stops if one is missing.
REQUIRED: tuple[str, ...] = (
    "resources/catalogue/catalogue.json",
    "resources/certificates/templates.json",
    "resources/fonts/wqy-microhei.ttc",
    "resources/i18n/one_window_zh_CN.qm",
    "resources/style/desk.qss",
    ICON_PNG,
    ICON_ICO,
    "app/migrations/env.py",
    "app/migrations/script.py.mako",
)

# Packages taken whole: the program's own (screens imported inside functions, app.printing's PEP 562
# names) and reportlab's barcodes, whose widgets module imports every symbology from a string of code.
SUBMODULES_OF: tuple[str, ...] = ("app", "reportlab.graphics.barcode")

# Imported lazily or by name (PEP 562, inside functions, by SQLAlchemy's URL, by Alembic's scripts):
# PyInstaller's import scan cannot see them.
HIDDEN_IMPORTS: tuple[str, ...] = (
    "sqlalchemy.dialects.sqlite",
    "sqlalchemy.dialects.sqlite.pysqlite",
    "sqlalchemy.dialects.postgresql",
    "sqlalchemy.dialects.postgresql.psycopg",
    "psycopg",
    "psycopg_binary",
    "alembic",
    "alembic.command",
    "alembic.config",
    "alembic.op",
    "alembic.context",
    "alembic.runtime.migration",
    "alembic.runtime.environment",
    "alembic.script",
    "alembic.ddl.sqlite",
    "alembic.ddl.postgresql",
    "alembic.operations.toimpl",
    "alembic.operations.batch",
    "mako.template",
    "chinese_calendar",
    "chinese_calendar.constants",
    "pypinyin",
    "stdnum.cn.ric",
    "stdnum.iso7064.mod_37_36",
    "openpyxl",
    "reportlab.rl_settings",
    "_rl_accel",  # reportlab's C speed-ups, imported from a string when installed
    "reportlab.graphics.barcode.qr",
    "reportlab.pdfbase.ttfonts",
    "reportlab.pdfbase.cidfonts",
    "PySide6.QtCharts",
    "PySide6.QtPdf",
    "PySide6.QtPrintSupport",
)

# Packages found in the venv that the program never uses (test tools, build tools, Qt modules no screen
# uses, Pillow's codecs for formats no document holds). Pillow itself stays: reportlab imports it at start.
EXCLUDES: tuple[str, ...] = (
    "tkinter", "_tkinter", "turtle", "idlelib", "pydoc_data", "lib2to3",
    "pytest", "_pytest", "pytestqt", "hypothesis", "importlinter", "grimp", "pyflakes", "pypdf", "zxingcpp",
    "pip", "setuptools", "pkg_resources", "distutils", "_distutils_hack", "PyInstaller",
    "IPython", "numpy", "pygments", "rich", "markdown_it", "click",
    "PIL._avif", "PIL.AvifImagePlugin", "PIL._webp", "PIL.WebPImagePlugin", "PIL._imagingtk", "PIL.ImageTk",
    "PIL.ImageQt",
    "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtWebChannel",
    "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.QtQuick3D", "PySide6.QtQuickControls2",
    "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.Qt3DInput", "PySide6.Qt3DLogic", "PySide6.Qt3DExtras",
    "PySide6.Qt3DAnimation", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtSpatialAudio",
    "PySide6.QtTextToSpeech", "PySide6.QtLocation", "PySide6.QtPositioning", "PySide6.QtBluetooth",
    "PySide6.QtNfc", "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtSerialBus", "PySide6.QtWebSockets",
    "PySide6.QtHttpServer", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtStateMachine",
    "PySide6.QtDataVisualization", "PySide6.QtGraphs", "PySide6.QtGraphsWidgets", "PySide6.QtDesigner",
    "PySide6.QtHelp", "PySide6.QtUiTools", "PySide6.QtTest", "PySide6.QtSql", "PySide6.QtSvgWidgets",
    "PySide6.QtNetworkAuth", "PySide6.QtAxContainer",
)

# Qt's own translations: the desk speaks Chinese or English (English is Qt's source language).
QT_TRANSLATIONS_KEPT = ("_zh_CN.qm",)


def _left_out(rel: PurePosixPath, patterns: tuple[str, ...]) -> bool:
    return any(fnmatch(part, pattern) for part in rel.parts for pattern in (*patterns, *LEFT_OUT_EVERYWHERE))


def data_files(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, bundle folder) for every data file; raises FileNotFoundError naming a missing one."""
    missing = [name for name in REQUIRED if not (root / name).is_file()]
    if missing:
        raise FileNotFoundError("bundle data missing: " + ", ".join(str(root / name) for name in missing))
    out: list[tuple[str, str]] = []
    for folder, dest, left_out in DATA_TREES:
        base = root / folder
        for path in sorted(base.rglob("*")):
            rel = PurePosixPath(path.relative_to(base).as_posix())
            if path.is_file() and not _left_out(rel, left_out):
                out.append((str(path), str(PurePosixPath(dest) / rel.parent)))
    return out


def project_version(root: Path = ROOT) -> str:
    with open(root / "pyproject.toml", "rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def keep_qt_translation(dest_name: str) -> bool:
    """False for Qt's .qm files in languages the desk does not offer (the hooks collect all of them)."""
    name = dest_name.replace("\\", "/")
    if "/translations/" not in name or not name.endswith(".qm"):
        return True
    return name.endswith(QT_TRANSLATIONS_KEPT)


def keep_binary(dest_name: str) -> bool:
    """False for Qt Quick/QML and the virtual keyboard: Qt's input-method hook brings the on-screen
    keyboard plugin, which alone drags in Quick and QML (~20 MB). The desk is widgets only and typing
    Chinese goes through the system's input method (ibus/fcitx on Linux, the IME on Windows)."""
    name = dest_name.replace("\\", "/").rsplit("/", 1)[-1]
    return not re.match(r"(lib)?(qtvirtualkeyboard|Qt6(Quick|Qml|VirtualKeyboard))", name, re.IGNORECASE)


def windows_version_tuple(version: str) -> tuple[int, int, int, int]:
    """"0.1.0" -> (0, 1, 0, 0) for the Windows file version resource (four numbers, no suffixes)."""
    numbers = []
    for part in version.split("+")[0].split(".")[:4]:
        lead = re.match(r"\d+", part)  # "3rc1" -> 3
        numbers.append(min(int(lead.group()), 65535) if lead else 0)
    return tuple((numbers + [0, 0, 0, 0])[:4])
