BRIEFINGS_SEARCH_WORDS("aft",{
"after":"3q,2t,k,1,1,4,1,9,2;3q,3e"
});
