"""The question, section and choice ids the app relies on; every questionnaire must keep them."""

from __future__ import annotations

# The standards matrix and its fields.
MATRIX = "standards"
USE_STATUS = f"{MATRIX}.use_status"
NEED = f"{MATRIX}.need"
BARRIERS = f"{MATRIX}.barriers"
NOTE = f"{MATRIX}.note"

# Use status and need choices, as the summary, the report and the network view read them.
IN_USE = frozenset({"partly_used", "fully_used", "certified"})
NOT_IN_USE = frozenset({"not_aware", "aware_not_used", "planning"})
IN_DEMAND = frozenset({"needed", "essential"})

# The gaps a council describes (a repeat group) and the national priorities.
GAPS_GROUP = "gaps"
PRIORITY_QUESTIONS = ("grand_challenges", "top_themes")

# Who answered: shown in lists, stored with an assessment.
RESPONDENT_QUESTION = "respondent_name"

# The sign-off approves one period's answers, so it is never carried into a new period.
SIGN_OFF_SECTION = "sign_off"
