BRIEFINGS_SEARCH_WORDS("ima",{
"images":"l"
});
