"""First-run setup wizard and the settings screen."""
