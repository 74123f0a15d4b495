"""Thin route modules: parse the request, call the core, format the response."""
