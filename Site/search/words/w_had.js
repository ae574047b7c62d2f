BRIEFINGS_SEARCH_WORDS("had",{
"had":"3v,5,4,1,8,2,8,8,3,l,o,2,e,3,1,1,1,2,1,5,e,3,4,1,3,3,1,2,2"
});
