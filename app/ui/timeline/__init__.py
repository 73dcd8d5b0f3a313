"""One resident's history of affairs and home visits."""
