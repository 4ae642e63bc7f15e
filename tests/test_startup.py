"""Cold start (issue 22): what `kutip serve` imports and loads before it is ready. Timings
live in bench/bench_startup.py; these tests check the work that is left out."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from service.settings import PROJECT_ROOT

# packages a service without a store, HTML input, Ray or training never needs
NOT_ON_THE_SERVE_PATH = ("sqlalchemy", "trafilatura", "ray", "sklearn", "training")

PROBE = """
import json, sys
import torch
import service.http.app
imported = sorted({name.split(".")[0] for name in sys.modules} & set(sys.argv[1].split(",")))
from service.extraction.ner import StanzaTagger, optimizer_without_dynamo
from service.settings import Settings
StanzaTagger.from_settings(Settings())
caches = [hasattr(getattr(method, "__wrapped__", None), "__dynamo_disable")
          for method in vars(torch.optim.Optimizer).values()]
print(json.dumps({"imported": imported, "dynamo": "torch._dynamo" in sys.modules, "caches_left": any(caches)}))
"""


@pytest.mark.model
def test_the_serve_path_leaves_out_what_it_does_not_use() -> None:
    """A fresh process: the app's modules import no store, HTML, Ray or training code, and
    loading the tagger does not import torch._dynamo (about 1 s) nor leave torch changed."""
    completed = subprocess.run([sys.executable, "-c", PROBE, ",".join(NOT_ON_THE_SERVE_PATH)], cwd=PROJECT_ROOT,
                               capture_output=True, text=True, timeout=300, check=True)
    report = json.loads(completed.stdout.strip().splitlines()[-1])
    assert report == {"imported": [], "dynamo": False, "caches_left": False}


def test_optimizer_without_dynamo_restores_torch() -> None:
    import torch

    from service.extraction.ner import optimizer_without_dynamo

    def caches() -> list[bool]:
        return [hasattr(getattr(method, "__wrapped__", None), "__dynamo_disable")
                for method in vars(torch.optim.Optimizer).values()]

    before = caches()
    with optimizer_without_dynamo():
        assert any(caches()) or not any(hasattr(method, "__wrapped__")
                                        for method in vars(torch.optim.Optimizer).values())
    assert caches() == before


def test_loading_settles_the_garbage_collector() -> None:
    """After the models load, what is loaded is frozen out of the collector's reach and the
    youngest generation is collected every YOUNG_GENERATION_ALLOCATIONS allocations; the
    older generations keep their ratios."""
    import gc

    from service.extraction.pipeline import YOUNG_GENERATION_ALLOCATIONS, settle_garbage_collector

    before = gc.get_threshold()
    loaded = [{"kept": index} for index in range(1000)]
    try:
        settle_garbage_collector()
        assert gc.get_threshold() == (YOUNG_GENERATION_ALLOCATIONS, before[1], before[2])
        assert gc.get_freeze_count() >= len(loaded)
    finally:
        gc.set_threshold(*before)
