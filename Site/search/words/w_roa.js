BRIEFINGS_SEARCH_WORDS("roa",{
"road":"45,3r"
});
