BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5l,1g,k,4;5l,1g"
});
