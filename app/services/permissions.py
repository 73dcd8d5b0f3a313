"""Who may do what. Checked inside every service call, not only in the UI."""
from __future__ import annotations

from enum import Enum

from .errors import Bilingual, PermissionDenied


class Role(str, Enum):
    SOCIAL_WORKER = "social_worker"
    CHIEF = "chief_stationmaster"
    DEPUTY = "deputy_stationmaster"
    ADMIN = "admin"


class Perm(str, Enum):
    SEARCH = "search"
    REGISTER_RESIDENT = "register_resident"
    ACCEPT = "accept"
    PRINT = "print"
    EDIT_CATALOGUE = "edit_catalogue"
    EXPORT = "export"
    DISPATCH = "dispatch"  # dispatch, refer, urge, whistle, close, reopen, cancel
    FOLLOW_UP = "follow_up"  # record a partner's feedback, tell the resident, record custody
    ISSUE_CERTIFICATE = "issue_certificate"
    VOID_CERTIFICATE = "void_certificate"
    MANAGE_GRIDS = "manage_grids"
    HOME_VISIT = "home_visit"
    RECEPTION = "reception"  # appointments, tickets, calling the next resident
    CASES = "cases"  # open and work social-work cases (one's own)
    SUPERVISE_CASES = "supervise_cases"  # read and supervise every case, confidential notes included
    TRIAGE_NEEDS = "triage_needs"  # import and decide on needs posted online
    REPORTS = "reports"  # read the daily report and the dashboard (masked unless VIEW_FULL_ID)
    VIEW_FULL_ID = "view_full_id"  # see residents' full ID numbers and phones in reports and exports
    MANAGE_ACCOUNTS = "manage_accounts"  # create staff accounts, set roles, reset passwords, unlock
    VIEW_AUDIT = "view_audit"  # read the audit log
    MANAGE_STATION = "manage_station"  # the station's name, address and opening hours (settings)


ROLE_LABELS = {
    Role.SOCIAL_WORKER: ("全科社工", "general social worker"),
    Role.CHIEF: ("站长", "chief stationmaster"),
    Role.DEPUTY: ("副站长", "deputy stationmaster"),
    Role.ADMIN: ("系统管理员", "administrator"),
}

PERM_LABELS = {
    Perm.SEARCH: ("查询", "search"),
    Perm.REGISTER_RESIDENT: ("登记居民", "register residents"),
    Perm.ACCEPT: ("受理事项", "accept affairs"),
    Perm.PRINT: ("打印", "print"),
    Perm.EDIT_CATALOGUE: ("修改事项目录", "edit the catalogue"),
    Perm.EXPORT: ("导出", "export"),
    Perm.DISPATCH: ("派遣、督办、办结事项", "dispatch, urge and close affairs"),
    Perm.FOLLOW_UP: ("登记反馈与回访", "record feedback and follow-ups"),
    Perm.ISSUE_CERTIFICATE: ("开具证明", "issue certificates"),
    Perm.VOID_CERTIFICATE: ("作废证明", "void certificates"),
    Perm.MANAGE_GRIDS: ("管理网格", "manage grid areas"),
    Perm.HOME_VISIT: ("入户走访", "make home visits"),
    Perm.RECEPTION: ("预约与叫号", "handle appointments and queue tickets"),
    Perm.CASES: ("个案管理", "manage social-work cases"),
    Perm.SUPERVISE_CASES: ("督导全部个案", "supervise every case"),
    Perm.TRIAGE_NEEDS: ("处理网上诉求", "triage needs posted online"),
    Perm.REPORTS: ("查看报表", "read reports"),
    Perm.VIEW_FULL_ID: ("查看完整身份证号和电话", "see full ID numbers and phones"),
    Perm.MANAGE_ACCOUNTS: ("管理账号", "manage accounts"),
    Perm.VIEW_AUDIT: ("查看审计日志", "read the audit log"),
    Perm.MANAGE_STATION: ("修改服务站信息和开放时间", "change the station's details and opening hours"),
}

_DESK = {Perm.SEARCH, Perm.REGISTER_RESIDENT, Perm.ACCEPT, Perm.PRINT, Perm.FOLLOW_UP,
         Perm.ISSUE_CERTIFICATE, Perm.HOME_VISIT, Perm.RECEPTION, Perm.CASES, Perm.TRIAGE_NEEDS, Perm.REPORTS}
# Exporting lets personal data leave the station, so it is the stationmasters' (and the administrator's
# scheduled job's), not every desk's; desk workers read the same report on screen.
_BACK_OFFICE = {Perm.EXPORT, Perm.DISPATCH, Perm.VOID_CERTIFICATE, Perm.MANAGE_GRIDS, Perm.VIEW_FULL_ID}
GRANTS: dict[Role, frozenset[Perm]] = {
    Role.SOCIAL_WORKER: frozenset(_DESK),
    # Case notes are confidential: the assigned worker and the (chief) stationmaster only.
    Role.CHIEF: frozenset(_DESK | _BACK_OFFICE | {Perm.SUPERVISE_CASES, Perm.VIEW_AUDIT, Perm.MANAGE_STATION}),
    Role.DEPUTY: frozenset(_DESK | _BACK_OFFICE),
    Role.ADMIN: frozenset({Perm.SEARCH, Perm.EDIT_CATALOGUE, Perm.EXPORT, Perm.REPORTS, Perm.MANAGE_ACCOUNTS,
                           Perm.VIEW_AUDIT, Perm.MANAGE_STATION}),
}


def allowed(role: str, perm: Perm) -> bool:
    try:
        return perm in GRANTS[Role(role)]
    except ValueError:
        return False


def require(role: str, perm: Perm) -> None:
    if not allowed(role, perm):
        try:
            role_label = ROLE_LABELS[Role(role)]
        except ValueError:
            role_label = (role, role)
        raise PermissionDenied(
            "permission_denied", role=Bilingual(*role_label), action=Bilingual(*PERM_LABELS[perm])
        )

