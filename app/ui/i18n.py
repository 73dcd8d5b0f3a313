"""Qt translations: Chinese by default, English on request, switchable at runtime.

Source strings in the code are English; resources/i18n/one_window_zh_CN.qm
carries the Chinese. Switching installs or removes the translator, and Qt
sends every widget a LanguageChange event, on which it re-labels itself.
"""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGS = ("zh", "en")


def i18n_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    base = Path(frozen) if frozen else Path(__file__).resolve().parents[2]
    return base / "resources" / "i18n"


class Language:
    """The desk's current language; one per application."""

    def __init__(self) -> None:
        self.code = "zh"
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None

    def set(self, code: str) -> None:
        app = QCoreApplication.instance()
        for translator in (self._translator, self._qt_translator):
            if translator is not None:
                app.removeTranslator(translator)
        self._translator = self._qt_translator = None
        self.code = code if code in LANGS else "zh"
        if self.code == "zh":
            # Qt's own strings (OK/Cancel, the print dialog) from the translations Qt ships.
            qt = QTranslator(app)
            if qt.load("qtbase_zh_CN", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                app.installTranslator(qt)
                self._qt_translator = qt
            translator = QTranslator(app)
            if translator.load(str(i18n_dir() / "one_window_zh_CN.qm")):
                app.installTranslator(translator)
                self._translator = translator
            QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if self._translator is None and self.code == "zh":
            # No compiled translation: English labels, but say so rather than show nothing.
            print("one-window: Chinese translation file missing; showing English", file=sys.stderr)

    def pick(self, zh: str, en: str) -> str:
        return zh if self.code == "zh" else (en or zh)


LANGUAGE = Language()


def pair(labels: tuple[str, str]) -> str:
    return LANGUAGE.pick(*labels)
