BRIEFINGS_SEARCH_WORDS("had",{
"had":"4n,2,6,1,f,3,1m,1,1,2,1,4,f,3,4,1,3,3,1,2,2;4p,7,f,1p,2,2,5,f"
});
