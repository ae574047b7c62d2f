BRIEFINGS_SEARCH_WORDS("cel",{
"celle":"78",
"celles":"3a,1u,2c;54",
"celui":"3k,44"
});
