BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5k,24;5k"
});
