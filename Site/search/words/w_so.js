BRIEFINGS_SEARCH_WORDS("so",{
"so":"79,m,1"
});
