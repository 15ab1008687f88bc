"""csn-desktop: smart-city standards self-assessment for UK councils."""

__version__ = "0.3.0"
