"""Exceptions raised by the storage layer, worded for the person using the app."""

from __future__ import annotations


class StorageError(Exception):
    """Base class of storage errors; the message is plain words fit to show to the user."""

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else ""


class DatabaseRefused(StorageError):
    """An existing database file was not opened, and has not been changed."""


class SchemaOutdated(DatabaseRefused):
    """A server database at an older schema: its administrator upgrades it, not the app."""


class AssessmentNotFound(StorageError, LookupError):
    """No assessment has the given id."""


class AssessmentIsFinal(StorageError):
    """A finalised assessment cannot be changed until it is reopened."""


class DatabaseBusy(StorageError):
    """Another program kept the database locked for longer than the app waits."""


class DiskFull(StorageError):
    """The disk holding the database (or a file being written) has no space left."""


class NotWritable(StorageError):
    """The database file or its folder is read-only, or the user may not write there."""


class DriverMissing(StorageError):
    """A server database was asked for, but its driver is not installed."""
