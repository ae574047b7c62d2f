BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"50,s,1x,3;50"
});
