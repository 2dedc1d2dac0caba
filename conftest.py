"""Collect the docstring examples of the package as tests (``--doctest-modules``).

The Dask helper imports an optional extra at module level; without it
installed, its module is left out rather than failing collection.
"""

import importlib.util

collect_ignore = []
if importlib.util.find_spec("dask") is None or importlib.util.find_spec("distributed") is None:
    collect_ignore.append("src/dprk_diplomacy/scale/dask_bag.py")
