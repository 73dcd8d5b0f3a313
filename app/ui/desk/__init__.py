"""The one-window desk screen: resident | affair type | materials and actions."""
