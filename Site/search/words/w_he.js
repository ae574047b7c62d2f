BRIEFINGS_SEARCH_WORDS("he",{
"he":"5l,t,7,o,1,3,4,2;5l,t,7"
});
