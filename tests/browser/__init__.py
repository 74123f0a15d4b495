"""Helpers for the API and browser tests: real servers on free ports, SSE parsing, axe-core."""
