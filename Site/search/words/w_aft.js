BRIEFINGS_SEARCH_WORDS("aft",{
"after":"3p,2v,j,1,1,4,1,9,2;3p,3f"
});
