"""Importing a station's residents and households from its own spreadsheet: choose the file, say what
each column holds, look at the dry run, import (app.services.residents_io does the work)."""
