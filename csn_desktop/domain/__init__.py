"""Pure-Python domain: questionnaire model, answers, conditions, validation and progress."""
