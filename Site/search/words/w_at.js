BRIEFINGS_SEARCH_WORDS("at",{
"at":"1f,2g,2,j,7,9,4,s,18,j,4,1,3,3,1,2,2;3v,2,j,1c,22"
});
