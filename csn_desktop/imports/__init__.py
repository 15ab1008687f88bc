"""Readers and validators of Excel submissions; they never touch the UI."""
