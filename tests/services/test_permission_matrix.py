"""Every guarded service, called as every role: refused in the service for a role
without the permission, let through (to its own validation) for a role with it.
Buttons hidden in the UI are a convenience; this is the rule."""
from __future__ import annotations

from datetime import date

import pytest

from app.services import (
    accounts, acceptance, audit, cases, catalogue, certificates, grids, home_visits, online_needs,
    report_export, reports, residents, station, tickets, transfers,
)
from app.services.dto import NewResident
from app.services.setup_dto import StationDetails
from app.services.errors import DomainError, PermissionDenied
from app.services.permissions import Perm, allowed

NOBODY = 999_999  # no such row: a permitted call stops at its own NotFound / validation, writing nothing

CALLS = {
    "search residents": (Perm.SEARCH, lambda c: residents.search(c, "张")),
    "register a resident": (Perm.REGISTER_RESIDENT,
                            lambda c: residents.register(c, NewResident("", "resident_id", "1"))),
    "accept an affair": (Perm.ACCEPT, lambda c: acceptance.accept(c, NOBODY, "G099", [])),
    "dispatch": (Perm.DISPATCH, lambda c: transfers.dispatch(c, NOBODY, ["CO-001"])),
    "close": (Perm.DISPATCH, lambda c: transfers.close(c, NOBODY, rating=5)),
    "cancel": (Perm.DISPATCH, lambda c: transfers.cancel(c, NOBODY, "重复登记")),
    "record feedback": (Perm.FOLLOW_UP, lambda c: transfers.feedback(c, NOBODY, "resolved", "已办理")),
    "issue a certificate": (Perm.ISSUE_CERTIFICATE, lambda c: certificates.issue(c, NOBODY)),
    "void a certificate": (Perm.VOID_CERTIFICATE, lambda c: certificates.void(c, NOBODY, "信息有误")),
    "edit the catalogue": (Perm.EDIT_CATALOGUE, lambda c: catalogue.import_file(c, "/nonexistent/catalogue.json")),
    "read a report": (Perm.REPORTS, lambda c: reports.report(c, date(2026, 11, 23))),
    "export a report": (Perm.EXPORT, lambda c: report_export.export(c, date(2026, 11, 23), None, "docx", "/tmp")),
    "see full numbers": (Perm.VIEW_FULL_ID, lambda c: residents.reveal(c, NOBODY)),
    "manage accounts": (Perm.MANAGE_ACCOUNTS, lambda c: accounts.reset_password(c, NOBODY, "Strong-2026")),
    "read the audit log": (Perm.VIEW_AUDIT, lambda c: audit.entries(c)),
    "manage grid areas": (Perm.MANAGE_GRIDS, lambda c: grids.save_grid(c, "", None, [])),
    "record a home visit": (Perm.HOME_VISIT, lambda c: home_visits.record(c, NOBODY, "visited")),
    "issue a ticket": (Perm.RECEPTION, lambda c: tickets.issue(c, NOBODY)),
    "open a case": (Perm.CASES, lambda c: cases.detail(c, NOBODY)),
    "triage an online need": (Perm.TRIAGE_NEEDS, lambda c: online_needs.reject(c, NOBODY, "重复")),
    "change the station's details": (Perm.MANAGE_STATION,
                                     lambda c: station.update_station(c, StationDetails("", "XCQG01"))),
    "change the opening hours": (Perm.MANAGE_STATION, lambda c: station.save_opening_hours(c, [])),
}
ROLES = {"wangxm": "social_worker", "liufang": "deputy_stationmaster", "chenlx": "chief_stationmaster",
         "admin": "admin"}


@pytest.mark.parametrize("what", sorted(CALLS))
def test_each_service_as_each_role(what, make_ctx):
    perm, call = CALLS[what]
    granted = set()
    for user, role in ROLES.items():
        ctx = make_ctx(user)
        try:
            call(ctx)
        except PermissionDenied as err:
            assert not allowed(role, perm), f"{what}: {role} was refused: {err.text('en')}"
            continue
        except DomainError:
            pass  # let through to the service's own checks
        assert allowed(role, perm), f"{what}: {role} got past the permission check"
        granted.add(role)
    assert granted, f"{what}: nobody may do it"


def test_the_grants_the_station_agreed():
    may = {perm: {role for role in ROLES.values() if allowed(role, perm)} for perm in Perm}
    assert may[Perm.EXPORT] == {"deputy_stationmaster", "chief_stationmaster", "admin"}
    assert may[Perm.VIEW_FULL_ID] == {"deputy_stationmaster", "chief_stationmaster"}
    assert may[Perm.VOID_CERTIFICATE] == {"deputy_stationmaster", "chief_stationmaster"}
    assert may[Perm.MANAGE_ACCOUNTS] == {"admin"} and may[Perm.EDIT_CATALOGUE] == {"admin"}
    assert may[Perm.VIEW_AUDIT] == {"chief_stationmaster", "admin"}
    assert may[Perm.MANAGE_STATION] == {"chief_stationmaster", "admin"}
    assert may[Perm.ACCEPT] == {"social_worker", "deputy_stationmaster", "chief_stationmaster"}
