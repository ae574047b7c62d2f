BRIEFINGS_SEARCH_WORDS("he",{
"he":"67,t,7,o,1,3,4,2;67,t,7"
});
