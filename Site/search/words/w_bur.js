BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2b,2a,2y",
"burning":"5g,1y"
});
