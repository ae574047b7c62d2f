BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5f,21;5f"
});
