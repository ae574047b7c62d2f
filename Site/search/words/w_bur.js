BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,2a,2y",
"burning":"5f,1y"
});
