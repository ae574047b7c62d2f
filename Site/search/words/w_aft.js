BRIEFINGS_SEARCH_WORDS("aft",{
"after":"3q,2v,j,1,1,4,1,9,2;3q,3f"
});
