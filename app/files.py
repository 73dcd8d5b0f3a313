"""Writing a file whole or not at all. Plain Python: shared by services and printing."""
from __future__ import annotations

import os
import secrets
from pathlib import Path


def atomic_write(target: Path, data: bytes) -> None:
    """Fill a temporary file beside `target`, flush it to disk, then rename it over the target,
    so a full disk or a missing folder never leaves half a file. Raises OSError.

    Unlike tempfile.mkstemp (always 0600) the file gets the usual permissions for new files
    (0666 minus the umask): a PDF must be readable by the print spooler, an export by Excel.
    """
    tmp_name: str | None = None
    try:
        fd, tmp_name = _create_temp(target.parent, target.name)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _ in range(100):
        path = folder / f".{name}.{secrets.token_hex(4)}.tmp"
        try:
            return os.open(path, flags, 0o666), str(path)
        except FileExistsError:
            continue
    raise FileExistsError(f"cannot create a temporary file in {folder}")
