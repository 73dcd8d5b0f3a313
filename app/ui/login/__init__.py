"""Signing in: the first start's administrator password, the login dialog and the idle lock."""
