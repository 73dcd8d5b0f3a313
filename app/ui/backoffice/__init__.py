"""The back office: the deputy stationmaster's queue of affairs to transfer, and their closed loop."""
