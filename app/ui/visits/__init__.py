"""Door-to-door work: grid areas and home visit tasks."""
