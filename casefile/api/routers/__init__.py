"""JSON routers, one per resource, mounted under ``/api``."""
