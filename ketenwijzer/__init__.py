"""Ketenwijzer: a cited advisory assistant on chain cooperation in the Dutch public sector.

This package is the shared kernel (settings, errors, models, text handling, plugin
registries) and the command line; ``ingest``, ``assistant``, ``api`` and ``evals`` build on it.
"""

__version__ = "0.1.0"
