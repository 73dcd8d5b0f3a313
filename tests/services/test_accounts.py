"""Sign-in, lockout, the first administrator password and account administration."""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import accounts, audit, demo
from app.services.context import ServiceContext
from app.services.errors import DomainError, PermissionDenied, ValidationError


@pytest.fixture
def base(database, clock):
    return ServiceContext.for_database(database, now=clock)


def test_demo_staff_sign_in_with_the_documented_password(base):
    actor = accounts.login(base, "wangxm", demo.DEMO_PASSWORD, desk="窗口1")
    assert (actor.name, actor.role, actor.desk) == ("王晓梅", "social_worker", "窗口1")
    assert accounts.login(base, " LiuFang ", demo.DEMO_PASSWORD).role == "deputy_stationmaster"


def test_five_wrong_passwords_lock_the_account_for_a_quarter_of_an_hour(base, clock):
    for left in (4, 3, 2, 1):
        with pytest.raises(ValidationError) as err:
            accounts.login(base, "wangxm", "wrong-1234")
        assert err.value.params["left"] == left
    with pytest.raises(DomainError) as err:
        accounts.login(base, "wangxm", "wrong-1234")
    assert err.value.key == "login_locked" and "15 分钟" in err.value.text("zh")
    # Even the right password is refused while locked.
    clock.value += timedelta(minutes=14)
    with pytest.raises(DomainError) as err:
        accounts.login(base, "wangxm", demo.DEMO_PASSWORD)
    assert err.value.key == "login_locked" and err.value.params["minutes"] == 1
    clock.value += timedelta(minutes=1, seconds=1)
    assert accounts.login(base, "wangxm", demo.DEMO_PASSWORD).name == "王晓梅"
    chief = base.as_actor(accounts.login(base, "chenlx", demo.DEMO_PASSWORD))
    with pytest.raises(PermissionDenied):
        audit.entries(base.as_actor(accounts.login(base, "wangxm", demo.DEMO_PASSWORD)))
    log = audit.entries(chief, audit.AuditFilter(text="staff:1"))
    kinds = [e.action for e in reversed(log)]
    assert kinds == ["login_failed"] * 4 + ["locked", "login_failed", "login", "login"]


def test_an_administrator_can_unlock_and_a_correct_login_resets_the_count(base, clock):
    for _ in range(5):
        with pytest.raises(DomainError):
            accounts.login(base, "lijh", "nope-nope-1")
    admin = _admin_ctx(base)
    lijh = next(a for a in accounts.list_accounts(admin) if a.username == "lijh")
    assert lijh.locked_until is not None
    accounts.unlock(admin, lijh.id)
    assert accounts.login(base, "lijh", demo.DEMO_PASSWORD).name == "李建华"


def _admin_ctx(base):
    if accounts.needs_setup(base):
        accounts.set_up_admin(base, "Admin-2026")
    return base.as_actor(accounts.login(base, "admin", "Admin-2026"))


def test_the_first_start_asks_for_the_administrators_password_once(base):
    assert accounts.needs_setup(base)
    with pytest.raises(DomainError):
        accounts.login(base, "admin", "")  # no default password ships
    with pytest.raises(ValidationError) as err:
        accounts.set_up_admin(base, "short1")
    assert err.value.key == "password_short"
    with pytest.raises(ValidationError):
        accounts.set_up_admin(base, "onlyletters")
    actor = accounts.set_up_admin(base, "Admin-2026")
    assert actor.role == "admin" and not accounts.needs_setup(base)
    with pytest.raises(ValidationError) as err:
        accounts.set_up_admin(base, "Another-2026")
    assert err.value.key == "setup_done"
    assert accounts.login(base, "admin", "Admin-2026").staff_id == actor.staff_id


def test_accounts_are_managed_by_the_administrator_only(base, make_ctx):
    admin = _admin_ctx(base)
    new = accounts.create_account(admin, "sunli", "孙丽", "social_worker", "Sunli-2026")
    assert (new.username, new.role_zh, new.has_password) == ("sunli", "全科社工", True)
    assert accounts.login(base, "sunli", "Sunli-2026").name == "孙丽"
    with pytest.raises(ValidationError) as err:
        accounts.create_account(admin, "sunli", "x", "social_worker", "Sunli-2026")
    assert err.value.key == "username_taken"
    with pytest.raises(ValidationError):
        accounts.create_account(admin, "Bad Name", "x", "social_worker", "Sunli-2026")
    with pytest.raises(ValidationError):
        accounts.create_account(admin, "zhou", "周", "emperor", "Sunli-2026")
    accounts.update_account(admin, new.id, role="deputy_stationmaster")
    assert accounts.login(base, "sunli", "Sunli-2026").role == "deputy_stationmaster"
    accounts.update_account(admin, new.id, active=False)
    with pytest.raises(DomainError) as err:
        accounts.login(base, "sunli", "Sunli-2026")
    assert err.value.key == "login_inactive"
    me = next(a for a in accounts.list_accounts(admin) if a.username == "admin")
    with pytest.raises(ValidationError) as err:
        accounts.update_account(admin, me.id, role="social_worker")
    assert err.value.key == "last_admin"
    accounts.reset_password(admin, new.id, "Reset-2026x")
    for user in ("wangxm", "liufang", "chenlx"):
        with pytest.raises(PermissionDenied):
            accounts.list_accounts(make_ctx(user))
        with pytest.raises(PermissionDenied):
            accounts.reset_password(make_ctx(user), new.id, "Hijack-2026")


def test_changing_ones_own_password(base):
    ctx = base.as_actor(accounts.login(base, "zhaomin", demo.DEMO_PASSWORD))
    with pytest.raises(ValidationError) as err:
        accounts.change_password(ctx, "wrong", "Zhaomin-2026")
    assert err.value.key == "password_wrong"
    accounts.change_password(ctx, demo.DEMO_PASSWORD, "Zhaomin-2026")
    assert accounts.login(base, "zhaomin", "Zhaomin-2026").name == "赵敏"
    with pytest.raises(ValidationError):
        accounts.login(base, "zhaomin", demo.DEMO_PASSWORD)


def test_hashes_are_salted_and_checked_in_constant_time():
    a, b = accounts.hash_password("Same-2026"), accounts.hash_password("Same-2026")
    assert a != b and accounts.verify_password("Same-2026", a) and accounts.verify_password("Same-2026", b)
    assert not accounts.verify_password("Same-2027", a)
    for broken in ("", "plain", "scrypt$x$y$z$00$00", "md5$1$2$3$4$5"):
        assert not accounts.verify_password("Same-2026", broken)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(username=st.text(max_size=40), password=st.text(max_size=40))
def test_any_typed_sign_in_is_refused_cleanly(base, username, password):
    if password == demo.DEMO_PASSWORD:
        return
    with pytest.raises(DomainError):
        accounts.login(base, username, password)
