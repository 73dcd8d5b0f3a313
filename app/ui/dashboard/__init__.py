"""The stationmaster's dashboard: today at a glance and the last 30 days in charts."""
