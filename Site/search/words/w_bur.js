BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,2e,35",
"burning":"5k,24"
});
