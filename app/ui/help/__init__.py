"""In-app help: the user guide (docs/guide) in a window of its own, and the Help menu that opens it."""
from .menu import add_help_menu, show_guide, show_topic

__all__ = ["add_help_menu", "show_guide", "show_topic"]
