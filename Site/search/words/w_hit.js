BRIEFINGS_SEARCH_WORDS("hit",{
"hit":"50,s,1z,3;50"
});
