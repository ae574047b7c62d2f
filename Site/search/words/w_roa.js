BRIEFINGS_SEARCH_WORDS("roa",{
"road":"4n,3k"
});
