BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,2f,37",
"burning":"5l,26"
});
