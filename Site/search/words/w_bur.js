BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2a,28,31",
"burning":"5d,21"
});
