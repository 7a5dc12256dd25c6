"""The YAML loader for kg's data files: libyaml's safe loader when PyYAML has it (the same data
as ``yaml.safe_load``, its parser in C, several times faster), else the pure-Python one."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> Any:
    """The data of the UTF-8 YAML file ``path``, read with ``SAFE_LOADER``; OSError and
    yaml.YAMLError pass to the caller, which knows what the file is for."""
    return yaml.load(Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)
