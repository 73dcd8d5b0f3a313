"""Pinyin initials for search as you type (张三丰 -> zsf)."""
from __future__ import annotations

from functools import lru_cache

from pypinyin import Style, lazy_pinyin


@lru_cache(maxsize=4096)
def initials(text: str) -> str:
    """Lower-case first letters; heteronyms take pypinyin's usual reading.

    Non-Chinese characters are kept as they are (lower-cased), spaces dropped.
    """
    letters = lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default")
    return "".join(letters).replace(" ", "").lower()
