BRIEFINGS_SEARCH_WORDS("fam",{
"families":"5g,1y;5g"
});
