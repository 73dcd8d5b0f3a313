import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from app.services import residents
from app.services.dto import NewResident
from app.services.errors import DomainError, DuplicateResident, PermissionDenied, ValidationError

NEW_ID = "110102195501010036"  # valid check digit, born 1955, male


def new(**kw):
    base = dict(name="孙志强", id_type="resident_id", id_number=NEW_ID, phone="13711112222",
                building="9", unit="1", room="402", tags=("party_member",))
    base.update(kw)
    return NewResident(**base)


def test_register_derives_birth_date_and_gender_and_masks(ctx):
    r = residents.register(ctx, new())
    assert r.gender == "male"
    assert str(r.birth_date) == "1955-01-01"
    assert r.age == 71
    assert r.id_masked == "110102********0036"
    assert r.address == "9-1-402"
    assert r.tags == ("party_member",)


def test_second_record_with_same_id_is_refused_and_offers_the_existing(ctx):
    first = residents.register(ctx, new())
    with pytest.raises(DuplicateResident) as err:
        residents.register(ctx, new(name="孙志刚", id_number=NEW_ID.lower()))
    assert err.value.existing_id == first.id
    assert "已登记" in err.value.text("zh")
    assert len(residents.search(ctx, "孙志")) == 1


def test_invalid_id_writes_nothing(ctx):
    with pytest.raises(ValidationError) as err:
        residents.register(ctx, new(id_number="110102195501010035"))
    assert "校验位" in err.value.text("zh")
    assert residents.search(ctx, "孙志强") == []


def test_search_by_name_initials_id_prefix_and_phone(ctx):
    r = residents.register(ctx, new())
    assert r.id in {x.id for x in residents.search(ctx, "孙志")}
    assert r.id in {x.id for x in residents.search(ctx, "szq")}
    assert r.id in {x.id for x in residents.search(ctx, "SZQ")}
    assert r.id in {x.id for x in residents.search(ctx, "1101021955")}
    assert r.id in {x.id for x in residents.search(ctx, "137111")}
    assert r.id in {x.id for x in residents.search(ctx, "2222")}  # last four digits
    assert r.id not in {x.id for x in residents.search(ctx, "9999")}
    assert residents.search(ctx, "") == []
    # Search results never carry the full number.
    assert all("*" in x.id_masked for x in residents.search(ctx, "1101"))


def test_aged_80_tag_is_derived_from_birth_date(ctx):
    found = residents.search(ctx, "张秀兰")
    assert found and "aged_80" in found[0].tags


def test_household_membership_by_address(ctx):
    a = residents.register(ctx, new(relation="head"))
    b = residents.register(ctx, new(name="孙小雨", id_number="110102201003150026", relation="child", tags=()))
    detail = residents.get(ctx, b.id)
    assert {m.id for m in detail.household} == {a.id, b.id}


def test_other_document_types(ctx):
    r = residents.register(ctx, new(name="John Smith", id_type="passport", id_number="E1234567"))
    assert r.birth_date is None and r.id_type == "passport"


def test_partial_address_and_unknown_tag_are_refused(ctx):
    with pytest.raises(ValidationError):
        residents.register(ctx, new(room=""))
    with pytest.raises(ValidationError):
        residents.register(ctx, new(tags=("vip",)))
    with pytest.raises(ValidationError):
        residents.register(ctx, new(phone="12"))


def test_admin_may_not_register(admin_ctx):
    with pytest.raises(PermissionDenied):
        residents.register(admin_ctx, new())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.text(max_size=40), idn=st.text(max_size=24), phone=st.text(max_size=16),
       id_type=st.sampled_from(["resident_id", "passport", "hk_macao_permit", "bogus"]))
def test_bad_input_is_a_domain_error_never_a_crash_or_half_write(ctx, name, idn, phone, id_type):
    before = len(residents.search(ctx, "1"))
    try:
        residents.register(ctx, new(name=name, id_number=idn, phone=phone, id_type=id_type))
    except DomainError as err:
        assert err.text("zh")
        assert len(residents.search(ctx, "1")) == before


def test_landline_with_hyphen_is_found_by_its_digits(ctx):
    r = residents.register(ctx, new(phone="010-66031234"))
    assert r.id in {x.id for x in residents.search(ctx, "0106603")}
    assert r.id in {x.id for x in residents.search(ctx, "1234")}
