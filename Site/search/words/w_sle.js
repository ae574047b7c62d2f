BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5l,25;5l"
});
