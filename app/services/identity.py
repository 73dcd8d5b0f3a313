"""Identity documents: validation of the resident ID number, other document types, masking."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from stdnum import exceptions as stdnum_exc
from stdnum.cn import ric

from .errors import Bilingual, ValidationError

ID_TYPES = {
    "resident_id": ("居民身份证", "Resident ID card"),
    "passport": ("护照", "Passport"),
    "hk_macao_permit": ("港澳居民来往内地通行证", "Mainland Travel Permit for HK/Macao residents"),
    "taiwan_permit": ("台湾居民来往大陆通行证", "Mainland Travel Permit for Taiwan residents"),
    "foreign_permanent": ("外国人永久居留身份证", "Foreign Permanent Resident ID card"),
}

# Deliberately loose shapes: these documents change format over the years;
# the worker is holding the document, we only catch typing slips.
_OTHER_PATTERNS = {
    "passport": re.compile(r"^[A-Z0-9]{5,17}$"),
    "hk_macao_permit": re.compile(r"^[HM][0-9]{8,10}$"),
    "taiwan_permit": re.compile(r"^[0-9]{8}([0-9]{2})?$"),
    "foreign_permanent": re.compile(r"^[A-Z0-9]{15,18}$"),
}


@dataclass(frozen=True)
class CheckedId:
    id_type: str
    number: str
    birth_date: date | None
    gender: str  # male | female | ""


def normalise(number: str) -> str:
    return re.sub(r"[\s-]", "", number or "").upper()


def check_id(id_type: str, number: str) -> CheckedId:
    number = normalise(number)
    if id_type not in ID_TYPES:
        raise ValidationError("id_type_unknown", id_type=id_type)
    if id_type == "resident_id":
        if not re.fullmatch(r"[0-9]{17}[0-9X]", number):
            raise ValidationError("id_invalid", detail=ValidationError("id_format"))
        # Check digit and birth date only: stdnum also checks the region code against the birth
        # year, which refuses genuine numbers of older residents born where codes have since changed.
        if number[-1] != ric.calc_check_digit(number):
            raise ValidationError("id_invalid", detail=ValidationError("id_checksum"))
        try:
            birth = ric.get_birth_date(number)
        except stdnum_exc.ValidationError:
            raise ValidationError("id_invalid", detail=ValidationError("id_birth_date")) from None
        if birth > date.today():
            raise ValidationError("id_invalid", detail=ValidationError("id_birth_date"))
        gender = "male" if int(number[16]) % 2 else "female"
        return CheckedId(id_type, number, birth, gender)
    if not _OTHER_PATTERNS[id_type].fullmatch(number):
        raise ValidationError("id_other_invalid", id_type=Bilingual(*ID_TYPES[id_type]))
    return CheckedId(id_type, number, None, "")


def mask_id(number: str) -> str:
    """110101********1234: region kept, birth date and sequence hidden."""
    if not number:
        return ""
    if len(number) == 18:
        return number[:6] + "*" * 8 + number[-4:]
    if len(number) <= 4:
        return "*" * len(number)
    keep = 2 if len(number) < 10 else 3
    return number[:keep] + "*" * (len(number) - keep - 2) + number[-2:]


def mask_phone(phone: str) -> str:
    digits = phone or ""
    if len(digits) == 11 and digits.isdigit():
        return digits[:3] + "****" + digits[-4:]
    if len(digits) > 4:
        return "*" * (len(digits) - 4) + digits[-4:]
    return digits


def age_on(birth: date | None, today: date) -> int | None:
    if birth is None:
        return None
    return today.year - birth.year - ((today.month, today.day) < (birth.month, birth.day))
