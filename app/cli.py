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


class _PrintVersion(argparse.Action):
    """--version; the number is read only when asked (pyproject.toml would cost every start a few ms)."""

    def __init__(self, option_strings, dest, help=None):
        super().__init__(option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from .version import version

        print(f"one-window {version()}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="one-window", description="一窗通 One Window — 社区服务站一窗受理")
    p.add_argument("--version", action=_PrintVersion, help="print the program's version and exit")
    p.add_argument("--database", metavar="URL",
                   help=f"SQLAlchemy database URL (default: ${ENV_URL}, else the one chosen at setup, else SQLite "
                        "in the user data folder)")
    p.add_argument("--lang", choices=("zh", "en"), help="language (default: Chinese unless LANG is English)")
    p.add_argument("--user", help="staff user name working at this desk (default: the first desk worker)")
    p.add_argument("--desk", help="desk name shown on events (default: $ONE_WINDOW_DESK, else this computer's "
                                  "setting, else 窗口1)")
    p.add_argument("--demo", action="store_true",
                   help="seed the demo station into an empty database and skip the first-run setup wizard "
                        "(scripts/run passes it)")
    p.add_argument("--no-demo", action="store_true",
                   help="do not seed the demo station into an empty database (beats --demo)")
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
    bak = sub.add_parser("backup", help="back the database up (an SQLite copy, or pg_dump for PostgreSQL)",
                         description="Back the database up while the desks keep working. The copy is checked "
                                     "(integrity) before it gets its name. --daily suits a scheduled task.")
    where = bak.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", metavar="PATH", help="the backup file, or a folder (a dated name is used)")
    where.add_argument("--daily", metavar="FOLDER",
                       help="today's backup (one-window-YYYY-MM-DD) into FOLDER unless it exists; the oldest "
                            "beyond --keep are deleted")
    bak.add_argument("--keep", type=int, metavar="N", help="daily backups to keep (default 14)")
    res = sub.add_parser("restore", help="replace the SQLite database with a backup (the old one is kept beside it)",
                         description="Replace the SQLite database with a checked backup. Close every desk "
                                     "first. Asks nothing; prints where the replaced database was kept.")
    res.add_argument("file", help="the backup file")
    res = sub.add_parser("residents", help="import residents from a spreadsheet")
    res_sub = res.add_subparsers(dest="residents_command", required=True)
    res_imp = res_sub.add_parser(
        "import", help="register and update residents from an .xlsx or .csv file (all rows valid or nothing changes)",
        description="Columns are recognised by their Chinese or English headers (姓名, 身份证号, 电话, 楼号, 单元, "
                    "房号, 与户主关系, 标签 ...); see docs/formats/residents.md.")
    res_imp.add_argument("file")
    res_imp.add_argument("--dry-run", action="store_true", help="show what would be done for each row; write nothing")
    res_imp.add_argument("--map", action="append", type=_column_field, default=[], metavar="COLUMN=field",
                         help="read a column as a field (name, id_type, id_number, phone, building, unit, room, "
                              "relation, tags); repeatable; COLUMN= ignores a column")
    return p


def _stored_url() -> str | None:
    """The database the setup wizard chose for this computer (desk settings `database/url`), if any."""
    try:
        from .ui.setup.desk_settings import stored_database_url
    except ImportError:  # pragma: no cover - Qt missing: there cannot be desk settings either
        return None
    return stored_database_url()


def _column_field(text: str) -> tuple[str, str]:
    column, sep, field = text.partition("=")
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"应为 列名=字段 / expected COLUMN=field: {text!r}")
    return column.strip(), field.strip()


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

            return run(args.database, lang=args.lang, default_lang=lang, user=args.user, desk=args.desk,
                       seed_demo=not args.no_demo, demo=args.demo)
        from .bootstrap import explicit_url, open_station
        from .services import station

        url, seed_demo = explicit_url(args.database), not args.no_demo
        if url is None:
            # A scheduled backup or report works on the database this computer's desks use.
            url = _stored_url()
            seed_demo = seed_demo and (url is None or args.demo)
        database, ctx = open_station(url, seed_demo=seed_demo)
        try:
            if args.command == "upgrade":
                print("ok")
                return 0
            if args.command == "catalog":
                from .services import catalogue

                ctx = ctx.as_actor(station.actor_for(ctx, args.user or station.administrator_username(ctx), desk="cli"))
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
            if args.command in ("backup", "restore"):
                return _backup_or_restore(args, database, lang)
            if args.command == "residents":
                return _residents_import(args, ctx, lang)
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

    ctx = ctx.as_actor(station.actor_for(ctx, args.user or station.administrator_username(ctx), desk="cli"))
    out = Path(args.out)
    fmt = args.format or (out.suffix.lstrip(".").lower() if out.suffix and not out.is_dir() else "pdf")
    first = args.first or ctx.now().date()
    written = report_export.export(ctx, first, args.last, fmt, out, lang)
    print(("已写入报表：%s" if lang == "zh" else "report written: %s") % written)
    return 0


def _residents_import(args, ctx, lang: str) -> int:
    from .services import residents_io, station

    ctx = ctx.as_actor(station.actor_for(ctx, args.user, desk="cli"))
    mapping = dict(args.map) or None
    if not args.dry_run:
        counts = residents_io.apply(ctx, args.file, mapping)
        print(("已导入居民：新增 %(create)d，更新 %(update)d，无变化 %(skip)d" if lang == "zh"
               else "imported residents: %(create)d new, %(update)d updated, %(skip)d unchanged") % counts)
        return 0
    plan = residents_io.plan(ctx, args.file, mapping, lang)
    labels = {"create": ("新增", "create"), "update": ("更新", "update"), "skip": ("无变化", "unchanged"),
              "invalid": ("有误", "invalid")}
    print(("列：" if lang == "zh" else "columns: ") + ", ".join(f"{c} → {f}" for c, f in plan.mapping.items()))
    print(("   行  处理      姓名  证件号码" if lang == "zh" else "  row  action    name  document"))
    for row in plan.rows:
        label = labels[row.action][0 if lang == "zh" else 1]
        extra = "; ".join(row.errors) or ", ".join(row.changes)
        print(f"{row.row_no:>5}  {label:<9} {row.name}  {row.id_masked}" + (f"  {extra}" if extra else ""))
    print(("预演（未写入）：新增 %(create)d，更新 %(update)d，无变化 %(skip)d，有误 %(invalid)d" if lang == "zh"
           else "dry run (nothing written): %(create)d to create, %(update)d to update, %(skip)d unchanged, "
                "%(invalid)d invalid") % plan.counts)
    return 2 if plan.counts["invalid"] else 0


def _backup_or_restore(args, database, lang: str) -> int:
    from .services import backups

    zh = lang == "zh"
    if args.command == "restore":
        info = backups.restore(database, args.file)
        print(("已从 %s 恢复数据库 %s" if zh else "restored %s into %s") % (args.file, info.path))
        if info.replaced_kept_at:
            print(("原数据库保存在：%s" if zh else "the previous database was kept at: %s") % info.replaced_kept_at)
        return 0
    if args.keep is not None and not args.daily:
        print("--keep 只能与 --daily 一起使用 / --keep goes with --daily", file=sys.stderr)
        return 2
    if args.daily:
        info = backups.run_daily(database, args.daily, 14 if args.keep is None else args.keep)
        if info is None:
            print("今天的备份已存在，未重复备份" if zh else "today's backup exists already; nothing to do")
            return 0
    else:
        info = backups.backup(database, args.out)
    print(("已备份到 %s（%d 字节，%d 行，完整性 %s，%.2f 秒）" if zh
           else "backed up to %s (%d bytes, %d rows, integrity %s, %.2f s)")
          % (info.path, info.bytes, info.rows, info.integrity, info.seconds))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
