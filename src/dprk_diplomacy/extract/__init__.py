"""Extractors: envoys, meetings, channels."""
