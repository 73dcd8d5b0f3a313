"""What the first-run setup and the settings screen pass to the services and get back."""
from __future__ import annotations

from dataclasses import dataclass

from .reception_dto import SlotRuleInfo


@dataclass(frozen=True)
class DatabaseCheck:
    """What a database URL leads to, found without changing anything there."""

    url: str  # the password masked
    backend: str  # "SQLite" | "PostgreSQL"
    version: str  # the server's (or the SQLite library's) version
    exists: bool  # False: a new SQLite file, created when the setup finishes
    empty: bool  # no One Window tables yet
    station: str  # "name (code)" of the station it holds, "" when none
    revision: str  # the schema revision stored there, "" when none
    upgrade_needed: bool  # an older schema, upgraded when it is opened

    @property
    def has_station(self) -> bool:
        return bool(self.station)


@dataclass(frozen=True)
class StationDetails:
    name: str
    code: str
    subdistrict: str = ""
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class AdminAccount:
    username: str
    name: str
    password: str


@dataclass(frozen=True)
class StationSetup:
    station: StationDetails
    hours: tuple[SlotRuleInfo, ...]
    admin: AdminAccount
    desk: str = ""  # the desk the administrator is signed in at when the setup finishes
