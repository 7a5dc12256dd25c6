"""kg.heap.settled_heap: what a build keeps is frozen out of the cyclic collector's
walks while it runs, and handed back afterwards."""

from __future__ import annotations

import gc
import weakref

from kg.heap import settled_heap, settling


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_settle_collects_garbage_freezes_the_rest_and_unfreezes_on_exit():
    kept = _Node()
    garbage = _Node()
    gone = weakref.ref(garbage)
    del garbage
    with settled_heap() as settle:
        settle()
        assert gone() is None, "garbage is collected before freezing"
        assert gc.get_freeze_count() > 0
        assert not any(o is kept for o in gc.get_objects())  # out of the collector's walks
    assert gc.get_freeze_count() == 0
    assert any(o is kept for o in gc.get_objects())


def test_garbage_of_frozen_objects_is_collected_after_the_exit():
    with settled_heap() as settle:
        node = _Node()
        gone = weakref.ref(node)
        settle()
        del node
        gc.collect()
        assert gone() is not None  # frozen: not collected yet
    gc.collect()
    assert gone() is None


def test_nothing_is_frozen_when_the_caller_manages_the_collector():
    gc.disable()
    try:
        with settled_heap() as settle:
            settle()
            assert gc.get_freeze_count() == 0
    finally:
        gc.enable()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with settled_heap() as settle:
            settle()
            assert gc.get_freeze_count() <= frozen  # nothing more frozen (some freed)
        assert gc.get_freeze_count() > frozen // 2  # theirs stay frozen
    finally:
        gc.unfreeze()


def test_settling_freezes_every_n_items_and_hands_back_at_the_end():
    seen, frozen = [], []
    for item in settling(range(7), every=3):
        seen.append(item)
        frozen.append(gc.get_freeze_count() > 0)
    assert seen == list(range(7))
    # settled after the 3rd and the 6th item were handled: the 4th item on sees a frozen heap
    assert frozen == [False, False, False, True, True, True, True]
    assert gc.get_freeze_count() == 0


def test_settling_hands_the_heap_back_when_the_caller_stops_early():
    items = settling(range(10), every=2)
    for item in items:
        if item == 5:
            break
    assert gc.get_freeze_count() > 0  # the loop stopped inside; the generator is still open
    items.close()  # what dropping it does
    assert gc.get_freeze_count() == 0


def test_a_worker_freezes_its_loaded_pipeline(monkeypatch):
    """kg.extract.runner._init_worker: the pipeline a worker keeps to its end is frozen out of
    the collector's full walks once loaded."""
    from kg.extract import runner
    from kg.serving import guard

    loaded = object()
    monkeypatch.setattr(guard, "die_with_parent", lambda: None)  # not this test process
    monkeypatch.setattr(runner.Extractor, "load", classmethod(lambda cls, *a, **k: loaded))
    monkeypatch.setattr(runner, "_WORKER", {})
    assert gc.get_freeze_count() == 0
    try:
        runner._init_worker(None, 32, None, None)
        assert runner._WORKER["extractor"] is loaded
        assert gc.get_freeze_count() > 0
        assert not any(o is runner._WORKER for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_a_young_settle_leaves_old_garbage_frozen_until_the_exit():
    """settled_heap(generation=1) (kg build after build()'s RDF stage): only the young
    generations are collected before the freeze; garbage already in the oldest one is frozen
    with the rest and collected once the heap is handed back."""
    old = _Node()
    gone_old = weakref.ref(old)
    gc.collect()  # `old` is in the oldest generation now
    del old
    young = _Node()
    gone_young = weakref.ref(young)
    del young
    with settled_heap(generation=1) as settle:
        settle()
        assert gone_young() is None, "young garbage is collected before freezing"
        assert gone_old() is not None, "old garbage is not looked at: frozen"
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0
    gc.collect()
    assert gone_old() is None


def test_the_city_table_is_made_with_the_collector_off_and_leaves_it_as_it_was(monkeypatch):
    """kg.extract.places._city_states builds its ~30,000 entries with the cyclic collector
    paused (kg.heap.paused_gc), and the collector is on again afterwards."""
    from kg.extract import places

    seen = []
    real = places.fold

    def fold(name: str) -> str:
        seen.append(gc.isenabled())
        return real(name)

    monkeypatch.setattr(places, "fold", fold)
    table = places._city_states.__wrapped__()
    assert seen and not any(seen)
    assert gc.isenabled()
    assert table[real("Johannesburg")][0] == "ZA"
