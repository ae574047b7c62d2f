BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5l,26;5l"
});
