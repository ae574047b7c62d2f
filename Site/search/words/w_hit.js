BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"50,s,1y,3;50"
});
