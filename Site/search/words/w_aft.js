BRIEFINGS_SEARCH_WORDS("aft",{
"after":"3q,36,4,g,1,1,1,4,1,9,2;3q,3a,i"
});
