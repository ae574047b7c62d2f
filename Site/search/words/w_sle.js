BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5f,1y;5f"
});
