"""Social-work case management: the cases window and its dialogs."""
