"""The waiting-area monitor: which ticket is called to which desk."""
