"""Everything the pipeline takes from openapi-python-client, and the one version it is known to work with.

The generator has no stable library API: its parser classes, Config and Project move between
releases. Every import of it goes through this module, so an upgrade is: change the pin in
pyproject.toml and SUPPORTED here, regenerate, and read the diff of generated/ (tests/test_seams.py
names the version, and refuses another).
"""

from __future__ import annotations

from importlib.metadata import version

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.datetime import DateTimeProperty
from openapi_python_client.parser.properties.enum_property import EnumProperty
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import Response

DISTRIBUTION = "openapi-python-client"
SUPPORTED = "0.29.1"

__all__ = [
    "Config",
    "ConfigFile",
    "DateTimeProperty",
    "Endpoint",
    "EnumProperty",
    "GeneratorData",
    "ListProperty",
    "MetaType",
    "ModelProperty",
    "Project",
    "Response",
    "UnionProperty",
    "installed",
]


def installed() -> str:
    return version(DISTRIBUTION)
