# Generated: rendered by overlays/templates/str_enum.py.jinja from the schema TokenizableField of spec/blnk-openapi.resolved.json; edit overlays/documents/identities-admin.yaml or the template.
from enum import StrEnum

from .._validation import STRICT_ENUMS, allowed_values


class TokenizableField(StrEnum):
    EMAILADDRESS = "emailAddress"
    FIRSTNAME = "firstName"
    LASTNAME = "lastName"
    OTHERNAMES = "otherNames"
    PHONENUMBER = "phoneNumber"
    POSTCODE = "postCode"
    STREET = "street"

    @classmethod
    def _missing_(cls, value: object) -> "TokenizableField | None":
        # A newer server may send a value this client does not know: keep it rather than fail
        # to parse the whole response. Requests never take such a value (see coerce_enum).
        if STRICT_ENUMS.get():
            raise ValueError(f"{value!r} is not one of {allowed_values(cls)}")
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        return member

    def __str__(self) -> str:
        return str(self.value)
