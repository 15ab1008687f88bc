"""The base of every error whose message is written for the person using the app."""


class UserError(Exception):
    """Something the user can understand and act on; ``str(error)`` says it in plain words."""
