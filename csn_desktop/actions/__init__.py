"""One function per user action: each opens a session, calls storage and commits."""
