# Generated: rendered by overlays/templates/str_enum.py.jinja from the schema FilterOperator of spec/blnk-openapi.resolved.json; edit overlays/documents/common.yaml or the template.
from enum import StrEnum

from .._validation import STRICT_ENUMS, allowed_values


class FilterOperator(StrEnum):
    BETWEEN = "between"
    EQ = "eq"
    GT = "gt"
    GTE = "gte"
    ILIKE = "ilike"
    IN = "in"
    ISNOTNULL = "isnotnull"
    ISNULL = "isnull"
    LIKE = "like"
    LT = "lt"
    LTE = "lte"
    NE = "ne"

    @classmethod
    def _missing_(cls, value: object) -> "FilterOperator | None":
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
