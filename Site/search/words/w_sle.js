BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5l,24;5l"
});
