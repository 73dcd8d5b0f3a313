"""One desk as a separate process: accept affairs, print receipts, log each one issued.

    python -m tests.robustness.desk_worker --database URL --user wangxm --desk 窗口1 \
        --log PATH --seconds S [--certificates] [--busy-ms MS] [--now ISO] [--seed N]

A line goes to the log only after the affair is committed AND its receipt is rendered,
and it is fsynced: whatever the log holds, the resident was handed a slip for, so the
database must still hold it after any crash. Lines:
    <affair number>\t<affair id>\t<materials count>
    #cert\t<certificate number>\t<affair id>
"Database busy" is retried (and counted); any other failure prints its traceback and
exits with EXIT_CRASH, which the tests treat as a failure. On a normal end one JSON line
goes to stdout: {"user", "receipts", "certificates", "busy", "seconds"}.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sys
import time
import traceback
from datetime import datetime

EXIT_CRASH = 3
# On-the-spot with a certificate, collect-and-submit, a transfer, and a second certificate type.
TYPES = ("G099", "G031", "L001", "G010")
RESIDENTS = ("张秀兰", "李德胜", "王建国")


def _parse(argv):
    p = argparse.ArgumentParser(prog="desk_worker")
    p.add_argument("--database", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--desk", required=True)
    p.add_argument("--log", required=True)
    p.add_argument("--seconds", type=float, required=True)
    p.add_argument("--certificates", action="store_true")
    p.add_argument("--busy-ms", type=int, default=None, help="SQLite busy timeout (default: the app's)")
    p.add_argument("--now", default="", help="fixed clock, ISO format (default: the real clock)")
    p.add_argument("--seed", type=int, default=None)
    return p.parse_args(argv)


class Desk:
    def __init__(self, args):
        from app import db as dbmod
        from app.services import catalogue, residents, station
        from app.services.context import ServiceContext

        kwargs = {} if args.busy_ms is None else {"busy_timeout_ms": args.busy_ms}
        self.database = dbmod.connect(args.database, migrate=False, **kwargs)
        fixed = datetime.fromisoformat(args.now) if args.now else None
        base = ServiceContext.for_database(self.database, now=(lambda: fixed) if fixed else None)
        self.busy = 0
        self.rng = random.Random(args.seed if args.seed is not None else os.getpid())
        self.ctx = base.as_actor(self.retry(station.actor_for, base, args.user, desk=args.desk))
        self.resident_ids = [self.retry(residents.search, self.ctx, name)[0].id for name in RESIDENTS]
        self.materials = {code: len(self.retry(catalogue.get_type, self.ctx, code).materials) for code in TYPES}
        self.certificates = args.certificates
        self.log = open(args.log, "a", encoding="utf-8")

    def warm_up(self) -> None:
        """Render the receipt of an affair already there (read-only): the first rendering loads
        reportlab's modules and the CJK font, and kill moments should land in the desk's work."""
        from app import printing
        from app.services import acceptance, documents

        for resident_id in self.resident_ids:
            for affair in self.retry(acceptance.resident_affairs, self.ctx, resident_id, limit=1):
                printing.receipt_bytes(self.retry(documents.receipt, self.ctx, affair.id), "roll80")
                return
        printing.register_cjk_font()

    def retry(self, fn, *a, **kw):
        from app.services.errors import StorageError

        while True:
            try:
                return fn(*a, **kw)
            except StorageError as err:
                if err.key != "db_busy":
                    raise
                self.busy += 1
                time.sleep(self.rng.uniform(0.005, 0.05))

    def _logged(self, line: str) -> None:
        self.log.write(line + "\n")
        self.log.flush()
        os.fsync(self.log.fileno())

    def one(self) -> int:
        """One resident served; returns the number of certificates issued (0 or 1)."""
        from app import printing
        from app.services import acceptance, certificates, documents

        code = self.rng.choice(TYPES)
        materials = self.materials[code]
        result = self.retry(acceptance.accept, self.ctx, self.rng.choice(self.resident_ids), code,
                            ["provided"] * materials)
        pdf = printing.receipt_bytes(self.retry(documents.receipt, self.ctx, result.id), "roll80")
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"receipt of {result.number} is not a PDF")
        self._logged(f"{result.number}\t{result.id}\t{materials}")
        if not (self.certificates and result.closing_document == "certificate" and result.state == "completed"):
            return 0
        info = self.retry(certificates.issue, self.ctx, result.id)
        pdf = printing.certificate_bytes(self.retry(certificates.document, self.ctx, info.id))
        if not pdf.startswith(b"%PDF"):
            raise RuntimeError(f"certificate {info.number} is not a PDF")
        self._logged(f"#cert\t{info.number}\t{result.id}")
        return 1


def main(argv=None) -> int:
    args = _parse(argv)
    try:
        desk = Desk(args)
        desk.warm_up()
        print("ready", flush=True)  # --seconds counts working time from here
        started = time.monotonic()
        receipts = certs = 0
        while time.monotonic() - started < args.seconds:
            certs += desk.one()
            receipts += 1
    except Exception:
        traceback.print_exc()
        return EXIT_CRASH
    print(json.dumps({"user": args.user, "receipts": receipts, "certificates": certs, "busy": desk.busy,
                      "seconds": round(time.monotonic() - started, 2)}), flush=True)
    desk.database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
