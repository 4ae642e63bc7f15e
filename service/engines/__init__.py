"""Engines that run the extraction over many records: the local process pool (`local.py`), Ray
Data for archives (`ray_engine.py`), the record readers they share (`inputs.py`) and `kutip load`
(`loading.py`), which moves their output into the quote store."""
