"""The station's data at rest: backups, restore, daily rotation.

Beside app.db and below the services: no Qt, no services, plain files and database URLs,
so the desk, a scheduled job and the tests all use the same code.
"""
