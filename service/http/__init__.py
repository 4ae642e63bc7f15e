"""The HTTP service: the app factory (`app.py`), its route groups, middleware, request bodies,
the viewer and the offline API reference."""
