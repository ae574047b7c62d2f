BRIEFINGS_SEARCH_WORDS("so",{
"so":"6n,m,1"
});
