"""The exceptions this package raises; `blnk_client` re-exports them too."""

from ._exceptions import *  # noqa: F403
from ._exceptions import __all__ as __all__
