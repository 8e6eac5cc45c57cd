"""Fictional documents for the web tests: every party, place and number is invented."""

FILLER = "".join(
    f"Paragraph {n}: the relief convoy schedule for the northern districts was reviewed again by the logistics desk.\n"
    for n in range(1, 61)
)

VARNIA_REPORT = (
    "date 2025-03-10\n"
    "Civic Watch International accused the Ostrel Liberation Front of war crimes in Dalvik.\n"
    + FILLER
    + "The Ostrel Liberation Front denied committing war crimes.\n"
    "At least 41 people were killed and 12 were injured, according to the Dalvik Health Office.\n"
    "Civic Watch International said it could not verify who fired the shells.\n"
)

XSS_TEXT = (
    "Harbour notes <script>window.pwned=1</script> from the Ostrel coast.\n"
    '<img src=x onerror="window.pwned=2"> The Republic of Varnia said nothing else.\n'
)

REVIEW_NOTE = (  # one record of each kind, reviewed by the API and browser tests
    "date 2025-05-02\n"
    "The Veridane Rights Initiative accused the Kingdom of Zemaryn of torture in Korvel.\n"
    "The Kingdom of Zemaryn denied committing torture.\n"
    "At least 17 people were killed in Korvel, according to Salvance Medical.\n"
    "The Veridane Rights Initiative said it could not verify who ordered the raids.\n"
)
