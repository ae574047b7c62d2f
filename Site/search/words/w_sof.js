BRIEFINGS_SEARCH_WORDS("sof",{
"sofia":"k"
});
