BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5d,21;5d"
});
