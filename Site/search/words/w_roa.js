BRIEFINGS_SEARCH_WORDS("roa",{
"road":"41,3k"
});
