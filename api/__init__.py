"""Ketenwijzer web service: FastAPI app, routes, sessions, the chat widget and the demo page."""
