"""The YAML loader for kg's data files: libyaml's safe loader when PyYAML has it (the same data
as ``yaml.safe_load``, its parser in C, several times faster), else the pure-Python one."""

from __future__ import annotations

import yaml

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
