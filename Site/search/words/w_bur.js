BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2b,29,2y",
"burning":"5f,1y"
});
