"""Reception: the day's appointments, booking, check-in and walk-in queue tickets."""
