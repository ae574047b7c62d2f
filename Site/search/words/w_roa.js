BRIEFINGS_SEARCH_WORDS("roa",{
"road":"46,3t"
});
