BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5l,1g,l,4;5l,1g"
});
