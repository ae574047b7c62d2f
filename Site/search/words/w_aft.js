BRIEFINGS_SEARCH_WORDS("aft",{
"after":"4c,2t,k,1,1,4,1,9,2;4c,3e"
});
