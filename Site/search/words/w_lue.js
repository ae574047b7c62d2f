BRIEFINGS_SEARCH_WORDS("lue",{
"lue":"3x"
});
