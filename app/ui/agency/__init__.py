"""Full agency handling (全程代办): authorisation and the originals the station holds."""
