BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,2a,31",
"burning":"5f,21"
});
