"""The certificate register: find, reprint as a copy, void."""
