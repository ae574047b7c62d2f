BRIEFINGS_SEARCH_WORDS("bur",{
"bureau":"2b,2v,2y",
"burning":"61,1y"
});
