"""The daily report on screen: range, preview, exports, and the export at closing time."""
