"""Keeping Python's cyclic garbage collector off what kg makes in bulk and keeps.

A build makes millions of small containers (documents, graph terms, page data) that hold no
cycles and live to its end; each full collection walks all of them again, the longer the more
there are. Two tools: :func:`settled_heap` freezes what is alive at a point, :func:`paused_gc`
switches the collector off while a batch of acyclic data is made.
"""

from __future__ import annotations

import functools
import gc
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")


@contextmanager
def settled_heap(generation: int = 2) -> Iterator[Callable[[], None]]:
    """Keep Python's cyclic garbage collector off what a build has made so far.

    A build keeps what it makes (documents, entities, relations, the graph's terms, the page's
    view) to its end, yet each full collection walks all of it again, and the more there is,
    the longer each walk: at 10,000 documents the 18 full collections during the RDF stage took
    10 of its 29 CPU seconds. Calling the yielded ``settle()`` collects what is garbage now and
    moves every object still alive out of the collector's reach (``gc.freeze``); on exit they
    are handed back (``gc.unfreeze``), so that whatever of them became garbage meanwhile is
    collected after all. Does nothing when the collector is off or objects are already frozen
    (the caller manages the collector then).

    ``generation``: the oldest generation ``settle()`` collects before freezing. 2 (all) by
    default; 1 where the whole heap was collected just before and what came since is young
    (``kg build`` right after :func:`kg.building.pipeline.build`, whose RDF stage settled: a
    second full walk of the build's millions of objects found nothing to free). Garbage in the
    oldest generation is then frozen with the rest and collected after the exit.
    """
    if not gc.isenabled() or gc.get_freeze_count():
        yield lambda: None
        return
    try:
        yield functools.partial(_settle, generation)
    finally:
        gc.unfreeze()


def settling(items: Iterable[T], every: int) -> Iterator[T]:
    """``items``, settling the heap (:func:`settled_heap`) after every ``every`` of them have
    been handled by the caller, and handing it back when they end (or the caller stops).

    For the extraction loop of a build: what it keeps (documents, resolved mentions, entities,
    relations) only grows, and each full collection during the parse walked all of it again.
    A settle walks only what is new since the one before.
    """
    with settled_heap() as settle:
        for n, item in enumerate(items, 1):
            yield item
            if n % every == 0:
                settle()


def _settle(generation: int = 2) -> None:
    gc.collect(generation)  # garbage frozen now would stay until unfreeze
    gc.freeze()


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off while millions of small lists and dicts are made that
    hold no cycles (the parts and the page data of 10,000 articles): its passes over them took
    as long as making them (reading the parts 2.2 → 0.6 s of CPU, the page data 3.6 → 2.0)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def release_free_memory() -> None:
    """Hand the C heap's free pages back to the system (glibc's ``malloc_trim``; nothing
    elsewhere). Python's small objects are in arenas it returns itself, but the freed tables of
    large dicts and lists stay in the process: after the page's index of a 10,000-article graph
    is dropped, the page's own data (some 100 MB) would otherwise come on top of them."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes
    import ctypes.util

    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6").malloc_trim
    except (OSError, AttributeError):  # musl and others have no malloc_trim
        return None
