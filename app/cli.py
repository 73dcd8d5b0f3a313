"""Command line: `one-window` starts the desk; subcommands for scripted jobs."""
from __future__ import annotations

import argparse
import locale
import os
import sys
from datetime import date

from .db import ENV_URL, DatabaseError


def _lang(arg: str | None) -> str:
    if arg:
        return arg
    env = os.environ.get("ONE_WINDOW_LANG") or os.environ.get("LANG") or locale.getlocale()[0] or ""
    return "en" if env.lower().startswith("en") else "zh"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="one-window", description="一窗通 One Window — 社区服务站一窗受理")
    p.add_argument("--database", metavar="URL",
                   help=f"SQLAlchemy database URL (default: ${ENV_URL}, else SQLite in the user data folder)")
    p.add_argument("--lang", choices=("zh", "en"), help="language (default: Chinese unless LANG is English)")
    p.add_argument("--user", help="staff user name working at this desk (default: the first desk worker)")
    p.add_argument("--desk", default=os.environ.get("ONE_WINDOW_DESK", "窗口1"), help="desk name shown on events")
    p.add_argument("--no-demo", action="store_true", help="do not seed the demo station into an empty database")
    sub = p.add_subparsers(dest="command")
    sub.add_parser("gui", help="start the desk (the default)")
    cat = sub.add_parser("catalog", help="export or import the affair catalogue")
    cat_sub = cat.add_subparsers(dest="catalog_command", required=True)
    exp = cat_sub.add_parser("export", help="write the catalogue to a file")
    exp.add_argument("--format", choices=("csv", "xlsx", "json"), required=True)
    exp.add_argument("--out", required=True)
    imp = cat_sub.add_parser("import", help="replace the catalogue from a file (all rows valid or nothing changes)")
    imp.add_argument("file")
    sub.add_parser("upgrade", help="apply database migrations and exit")
    rep = sub.add_parser("report", help="write the daily report (or a range's) as PDF, XLSX or CSV",
                         description="Write the station's report for a day or a range, for scheduled jobs. "
                                     "ID numbers and phones are masked unless --user may see them in full.")
    rep.add_argument("--date", dest="first", type=_iso_date, metavar="YYYY-MM-DD",
                     help="the day (or the range's first day); default today")
    rep.add_argument("--to", dest="last", type=_iso_date, metavar="YYYY-MM-DD", help="the range's last day")
    rep.add_argument("--format", choices=("pdf", "xlsx", "csv"),
                     help="file format (default: from the --out suffix, else pdf)")
    rep.add_argument("--out", required=True, help="the file to write, or a folder (a standard file name is used)")
    return p


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期应为 YYYY-MM-DD / a date must be YYYY-MM-DD: {text!r}") from None


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    lang = _lang(args.lang)
    from .services.errors import DomainError

    try:
        if args.command in (None, "gui"):
            from .ui.app import run

            return run(args.database, lang=lang, user=args.user, desk=args.desk, seed_demo=not args.no_demo)
        from .bootstrap import open_station
        from .services import station

        database, ctx = open_station(args.database, seed_demo=not args.no_demo)
        try:
            if args.command == "upgrade":
                print("ok")
                return 0
            if args.command == "catalog":
                from .services import catalogue

                ctx = ctx.as_actor(station.actor_for(ctx, args.user or "admin", desk="cli"))
                if args.catalog_command == "export":
                    n = catalogue.export_file(ctx, args.format, args.out)
                    print(("已导出 %d 个事项类型到 %s" if lang == "zh" else "exported %d affair types to %s")
                          % (n, args.out))
                else:
                    counts = catalogue.import_file(ctx, args.file)
                    print(("已导入：新增 %(created)d，更新 %(updated)d，停用 %(retired)d" if lang == "zh"
                           else "imported: %(created)d new, %(updated)d updated, %(retired)d retired") % counts)
                return 0
            if args.command == "report":
                return _report(args, ctx, lang)
        finally:
            database.dispose()
    except DomainError as err:
        print(err.text(lang), file=sys.stderr)
        return 2
    except DatabaseError as err:
        print(str(err), file=sys.stderr)
        return 3
    return 1


def _report(args, ctx, lang: str) -> int:
    from pathlib import Path

    from .services import report_export, station

    ctx = ctx.as_actor(station.actor_for(ctx, args.user or "admin", desk="cli"))
    out = Path(args.out)
    fmt = args.format or (out.suffix.lstrip(".").lower() if out.suffix and not out.is_dir() else "pdf")
    first = args.first or ctx.now().date()
    written = report_export.export(ctx, first, args.last, fmt, out, lang)
    print(("已写入报表：%s" if lang == "zh" else "report written: %s") % written)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
