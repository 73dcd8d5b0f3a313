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
}

_DESK = {Perm.SEARCH, Perm.REGISTER_RESIDENT, Perm.ACCEPT, Perm.PRINT}
GRANTS: dict[Role, frozenset[Perm]] = {
    Role.SOCIAL_WORKER: frozenset(_DESK),
    Role.CHIEF: frozenset(_DESK | {Perm.EXPORT}),
    Role.DEPUTY: frozenset(_DESK | {Perm.EXPORT}),
    Role.ADMIN: frozenset({Perm.SEARCH, Perm.EDIT_CATALOGUE, Perm.EXPORT}),
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

