"""Pinyin initials for search as you type (张三丰 -> zsf)."""
from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=4096)
def initials(text: str) -> str:
    """Lower-case first letters; heteronyms take pypinyin's usual reading.

    Non-Chinese characters are kept as they are (lower-cased), spaces dropped.
    """
    # pypinyin loads its dictionaries on import (~0.3 s): only pay it when a name is written.
    from pypinyin import Style, lazy_pinyin

    letters = lazy_pinyin(text or "", style=Style.FIRST_LETTER, errors="default")
    return "".join(letters).replace(" ", "").lower()
