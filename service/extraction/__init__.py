"""The extraction stages, one module each, over a shared `Document`; `pipeline.py` states their
order and what each reads and writes."""
