"""Dates, times and numbers on screen as the desk's language writes them, through QLocale() (LANGUAGE sets
the default: zh_CN or en_GB). Chinese keeps the form on the station's forms and reports (2026-11-23,
2026年12月14日); English reads "23 Nov 2026", as the English reports do. File names and printed documents
keep their own ISO dates: this is for what a person reads on screen."""
from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, QLocale, QTime


def _zh() -> bool:
    return QLocale().language() == QLocale.Language.Chinese


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _qtime(t: time | datetime) -> QTime:
    return QTime(t.hour, t.minute, t.second)


def date_text(d: date | None, empty: str = "") -> str:
    """2026-11-23 | 23 Nov 2026"""
    if d is None:
        return empty
    if isinstance(d, datetime):
        d = d.date()
    return QLocale().toString(_qdate(d), "yyyy-MM-dd" if _zh() else "d MMM yyyy")


def long_date_text(d: date | None, empty: str = "") -> str:
    """2026年12月14日 | 14 December 2026: a promise told to a resident."""
    if d is None:
        return empty
    return QLocale().toString(_qdate(d), "yyyy年M月d日" if _zh() else "d MMMM yyyy")


def time_text(t: time | datetime | None, seconds: bool = False, empty: str = "") -> str:
    """10:00 (24-hour in both languages, as stations keep time)"""
    if t is None:
        return empty
    return QLocale().toString(_qtime(t), "HH:mm:ss" if seconds else "HH:mm")


def datetime_text(t: datetime | None, seconds: bool = False, empty: str = "") -> str:
    """2026-11-23 10:00 | 23 Nov 2026 10:00"""
    if t is None:
        return empty
    return f"{date_text(t)} {time_text(t, seconds)}"


def short_datetime_text(t: datetime | None, empty: str = "") -> str:
    """11-23 10:00 | 23 Nov 10:00: this year's moments in a narrow column."""
    if t is None:
        return empty
    day = QLocale().toString(_qdate(t.date()), "MM-dd" if _zh() else "d MMM")
    return f"{day} {time_text(t)}"


def number_text(n: int | float | None, decimals: int = 0, empty: str = "—") -> str:
    """12,345 with the locale's group separator."""
    if n is None:
        return empty
    if decimals:
        return QLocale().toString(float(n), "f", decimals)
    return QLocale().toString(int(n))
