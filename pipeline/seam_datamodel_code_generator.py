"""Everything the pipeline takes from datamodel-code-generator, and the one version it is known to work with.

`LiteralType` lives in a private module of the generator; like every other name it is imported
here only, so an upgrade is: change the pin in pyproject.toml and SUPPORTED here, regenerate, and
read the diff of generated/params.py and events.py (tests/test_seams.py refuses another version).
"""

from __future__ import annotations

from importlib.metadata import version

from datamodel_code_generator import generate
from datamodel_code_generator._shared_types import LiteralType
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import Formatter, PythonVersion

DISTRIBUTION = "datamodel-code-generator"
SUPPORTED = "0.89.0"

__all__ = ["DataModelType", "Formatter", "InputFileType", "LiteralType", "PythonVersion", "generate", "installed"]


def installed() -> str:
    return version(DISTRIBUTION)
