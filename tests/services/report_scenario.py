"""A hand-built fortnight around National Day 2025 for the report tests.

Holidays 1–8 October 2025; Sunday 28 September and Saturday 11 October are
make-up working days. Everything is done through the real services, with the
clock set to the moment each step happens; the demo station's own affairs all
lie in the 60 days before 23 November 2026, so nothing else falls in here.

    30 Sep 09:00  ticket A issued; called 09:10 (wangxm), finished 09:30     wait 10, service 20
    30 Sep 09:15  wangxm: P002 on the spot for 张秀兰 (walk-in)             completed at once
    30 Sep 09:40  wangxm: L001 transfer for 李德胜 (phone)                   due 9 Oct (1 working day)
    30 Sep 10:00  lijh: P004 one-time notice for 王建国 (appointment)        awaiting materials
    30 Sep 10:05  ticket B issued; called 10:25 (lijh), finished 10:35       wait 20, service 10
     9 Oct 09:30  lijh: P004 resumed, 王建国 came back (visits 2)            due 16 Oct (5 working days)
     9 Oct 09:45  wangxm: L001 for 王建国 (walk-in)                          due 10 Oct
     9 Oct 10:00  liufang dispatches the phone L001 to CO-001; answered 14:00, told 14:30, closed 14:35 rated 4
     9 Oct 10:05  liufang dispatches 王建国's L001 to CO-001
     9 Oct 11:00  zhaomin: L002 for 张秀兰 (online); liufang refers it at 11:30
    10 Oct 09:00  zhaomin: L001 for 李德胜 (door-to-door); liufang whistles at 09:30 (urgent, due that day)
    14 Oct 15:00  王建国's L001 answered; told 15:10; closed 15:20 rated 2 (late: due 10 Oct)
    17 Oct 10:00  P004 dispatched; answered 11:00; told 11:10; closed 11:20 without rating (late: due 16 Oct)
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from app.services import acceptance, catalogue, queue, residents, tickets, transfers


@dataclass
class Scenario:
    spot: int
    phone_l001: int
    p004: int
    wang_l001: int
    referred: int
    urgent: int


def _resident(ctx, name: str) -> int:
    return residents.search(ctx, name)[0].id


def _statuses(ctx, code: str, missing_last: bool = False) -> list[str]:
    n = len(catalogue.get_type(ctx, code).materials)
    out = ["provided"] * n
    if missing_last:
        out[0] = "missing"
    return out


def _close(deputy, clock, affair_id: int, answered: datetime, rating: int | None, reason: str = "") -> None:
    clock.value = answered
    leg = queue.detail(deputy, affair_id).legs[-1]
    transfers.feedback(deputy, leg.id, "resolved", "已办理")
    clock.value = answered.replace(minute=answered.minute + 10)
    transfers.notify(deputy, affair_id, "phone")
    clock.value = answered.replace(minute=answered.minute + 20)
    transfers.close(deputy, affair_id, rating=rating, no_rating_reason=reason)


def build(make_ctx, clock, first_day_only: bool = False) -> Scenario:
    wang, li, zhao, deputy = (make_ctx(u) for u in ("wangxm", "lijh", "zhaomin", "liufang"))
    zhang, lide, wangjg = (_resident(wang, n) for n in ("张秀兰", "李德胜", "王建国"))

    clock.value = datetime(2025, 9, 30, 9, 0)
    ticket_a = tickets.issue(wang)
    clock.value = datetime(2025, 9, 30, 9, 10)
    assert tickets.call_next(wang).id == ticket_a.id
    clock.value = datetime(2025, 9, 30, 9, 15)
    spot = acceptance.accept(wang, zhang, "P002", _statuses(wang, "P002")).id
    clock.value = datetime(2025, 9, 30, 9, 30)
    tickets.finish(wang, ticket_a.id)
    clock.value = datetime(2025, 9, 30, 9, 40)
    phone_l001 = acceptance.accept(wang, lide, "L001", _statuses(wang, "L001"), channel="phone").id
    clock.value = datetime(2025, 9, 30, 10, 0)
    p004 = acceptance.issue_notice(li, wangjg, "P004", _statuses(li, "P004", missing_last=True),
                                   channel="appointment").id
    clock.value = datetime(2025, 9, 30, 10, 5)
    ticket_b = tickets.issue(li)
    clock.value = datetime(2025, 9, 30, 10, 25)
    assert tickets.call_next(li).id == ticket_b.id
    clock.value = datetime(2025, 9, 30, 10, 35)
    tickets.finish(li, ticket_b.id)
    if first_day_only:
        return Scenario(spot, phone_l001, p004, 0, 0, 0)

    clock.value = datetime(2025, 10, 9, 9, 30)
    acceptance.accept(li, wangjg, "P004", _statuses(li, "P004"), resume_affair_id=p004)
    clock.value = datetime(2025, 10, 9, 9, 45)
    wang_l001 = acceptance.accept(wang, wangjg, "L001", _statuses(wang, "L001")).id
    clock.value = datetime(2025, 10, 9, 10, 0)
    transfers.dispatch(deputy, phone_l001, ["CO-001"])
    clock.value = datetime(2025, 10, 9, 10, 5)
    transfers.dispatch(deputy, wang_l001, ["CO-001"])
    clock.value = datetime(2025, 10, 9, 11, 0)
    referred = acceptance.accept(zhao, zhang, "L002", _statuses(zhao, "L002"), channel="online").id
    clock.value = datetime(2025, 10, 9, 11, 30)
    transfers.refer(deputy, referred, ["IN-010"], "不属于本站职责范围")
    _close(deputy, clock, phone_l001, datetime(2025, 10, 9, 14, 0), 4)

    clock.value = datetime(2025, 10, 10, 9, 0)
    urgent = acceptance.accept(zhao, lide, "L001", _statuses(zhao, "L001"), channel="door_to_door").id
    clock.value = datetime(2025, 10, 10, 9, 30)
    transfers.whistle(deputy, urgent, ["CO-001"], "水管爆裂")

    _close(deputy, clock, wang_l001, datetime(2025, 10, 14, 15, 0), 2)
    clock.value = datetime(2025, 10, 17, 10, 0)
    transfers.dispatch(deputy, p004, ["DEPT-GW"])
    _close(deputy, clock, p004, datetime(2025, 10, 17, 11, 0), None, "居民未接电话")
    return Scenario(spot, phone_l001, p004, wang_l001, referred, urgent)


FIRST, LAST = date(2025, 9, 29), date(2025, 10, 13)
