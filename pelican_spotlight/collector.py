"""Python's cyclic garbage collector paused for stages that make many short-lived containers."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for the duration, as it was before afterwards.

    The spotlight stages allocate many short-lived containers (tag records, per-post lists, the
    related-posts index); each allocation burst would set off collections that walk every object of
    the build so far (tens of thousands of posts) while finding next to nothing: what the stages leave
    behind is freed by reference counting. Collection resumes as usual afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
