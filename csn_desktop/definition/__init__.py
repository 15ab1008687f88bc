"""Questionnaire definitions on disk: reading, validating and loading them into the domain model."""
