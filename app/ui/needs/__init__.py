"""Needs residents posted online (OTO): import and triage."""
