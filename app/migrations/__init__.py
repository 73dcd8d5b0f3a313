"""Alembic migrations. HEAD must name the newest revision (a test checks it):
start-up compares it with the database and imports Alembic only when they differ."""
HEAD = "0006"
