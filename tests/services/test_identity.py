import pytest
from hypothesis import given, strategies as st

from app.services.errors import ValidationError
from app.services.identity import check_id, mask_id, mask_phone


def test_valid_resident_id_gives_birth_date_and_gender():
    checked = check_id("resident_id", "11010519491231002x")
    assert checked.number == "11010519491231002X"
    assert str(checked.birth_date) == "1949-12-31"
    assert checked.gender == "female"  # 17th digit 2 is even


def test_wrong_check_digit_is_explained_in_chinese_and_english():
    with pytest.raises(ValidationError) as err:
        check_id("resident_id", "110105194912310021")
    assert "校验位" in err.value.text("zh")
    assert "check digit" in err.value.text("en")


def test_impossible_birth_date_is_refused():
    with pytest.raises(ValidationError) as err:
        check_id("resident_id", "110105194902300020")
    assert "出生日期" in err.value.text("zh")


def test_other_documents_are_allowed_with_their_type():
    assert check_id("passport", "e12345678").number == "E12345678"
    assert check_id("hk_macao_permit", "H12345678").birth_date is None
    with pytest.raises(ValidationError):
        check_id("hk_macao_permit", "X1")
    with pytest.raises(ValidationError):
        check_id("driving_licence", "123")


def test_masks():
    assert mask_id("110101199003071234") == "110101********1234"
    assert mask_phone("13812345678") == "138****5678"


@given(st.text(max_size=30))
def test_any_text_is_a_clear_error_or_a_valid_number(text):
    try:
        checked = check_id("resident_id", text)
    except ValidationError as err:
        assert err.text("zh") and err.text("en")
    else:
        assert len(checked.number) == 18


def test_older_number_from_a_region_whose_code_changed_is_accepted():
    # stdnum's region table refuses 320102 (Nanjing) for a 1950 birth; the number itself is sound.
    checked = check_id("resident_id", "320102195001010012")
    assert str(checked.birth_date) == "1950-01-01" and checked.gender == "male"
