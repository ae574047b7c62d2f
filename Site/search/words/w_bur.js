BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,2f,36",
"burning":"5l,25"
});
