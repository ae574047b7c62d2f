BRIEFINGS_SEARCH_WORDS("sle",{
"sleeping":"5g,1y;5g"
});
