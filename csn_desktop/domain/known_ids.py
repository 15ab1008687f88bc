"""The question, section and choice ids the app relies on, as the newest questionnaire has them."""

from __future__ import annotations

# The standards matrix and its fields: each field's local id, and its full id in the matrix.
MATRIX = "standards"
USE_STATUS_FIELD = "use_status"
NEED_FIELD = "need"
BARRIERS_FIELD = "barriers"
NOTE_FIELD = "note"
EVIDENCE_URL_FIELD = "evidence_url"
USE_STATUS = f"{MATRIX}.{USE_STATUS_FIELD}"
NEED = f"{MATRIX}.{NEED_FIELD}"
BARRIERS = f"{MATRIX}.{BARRIERS_FIELD}"
NOTE = f"{MATRIX}.{NOTE_FIELD}"
EVIDENCE_URL = f"{MATRIX}.{EVIDENCE_URL_FIELD}"

# Use status and need choices, as the summary, the report and the network view read them.
NOT_AWARE = "not_aware"
AWARE_NOT_USED = "aware_not_used"
PLANNING = "planning"
PARTLY_USED = "partly_used"
FULLY_USED = "fully_used"
CERTIFIED = "certified"
# Every use status, from the least use to the most (the questionnaire lists them in this order).
USE_STATUS_ORDER = (NOT_AWARE, AWARE_NOT_USED, PLANNING, PARTLY_USED, FULLY_USED, CERTIFIED)
IN_USE = frozenset({PARTLY_USED, FULLY_USED, CERTIFIED})
NOT_IN_USE = frozenset({NOT_AWARE, AWARE_NOT_USED, PLANNING})
NEEDED = "needed"
ESSENTIAL = "essential"
IN_DEMAND = frozenset({NEEDED, ESSENTIAL})

# The gaps a council describes (a repeat group): each field's local id, and its full id.
GAPS_GROUP = "gaps"
GAP_THEME_FIELD = "theme"
GAP_DESCRIPTION_FIELD = "description"
GAP_IMPACT_FIELD = "impact"
GAP_SHOULD_COVER_FIELD = "should_cover"
GAP_THEME = f"{GAPS_GROUP}.{GAP_THEME_FIELD}"
GAP_DESCRIPTION = f"{GAPS_GROUP}.{GAP_DESCRIPTION_FIELD}"
GAP_IMPACT = f"{GAPS_GROUP}.{GAP_IMPACT_FIELD}"
GAP_SHOULD_COVER = f"{GAPS_GROUP}.{GAP_SHOULD_COVER_FIELD}"

# The national priorities the network view counts. Version 1 called the first one
# "grand_challenges" (the 2017 Industrial Strategy); answers to it follow the rename.
NATIONAL_PRIORITIES = "national_priorities"
TOP_THEMES = "top_themes"
PRIORITY_QUESTIONS = (NATIONAL_PRIORITIES, TOP_THEMES)

# Whether the council agreed to its gap descriptions being quoted, without its name, in
# published reports (a yes/no question from questionnaire version 2 on; no answer means no).
QUOTE_CONSENT = "quote_consent"

# Who answered: shown in lists, stored with an assessment.
RESPONDENT_QUESTION = "respondent_name"

# A free-text question the self-test answers in Welsh, to check text survives export and import.
NETWORK_OTHER = "network_other"

# The sign-off approves one period's answers, so it is never carried into a new period.
SIGN_OFF_SECTION = "sign_off"
# The day of the sign-off, which an import refuses when it lies in the future.
SIGN_OFF_DATE = "approved_on"

# Ids that older versions do not have yet, with the version that introduced them. Every other id
# here is in every bundled version, under this name or an older one that a later version replaces.
INTRODUCED_IN = {QUOTE_CONSENT: 2}
