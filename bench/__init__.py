"""Benchmark harness: seed a station at scale and time the desk's hot paths (see bench/run.py)."""
