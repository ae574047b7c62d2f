BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,2f,35",
"burning":"5l,24"
});
