BRIEFINGS_SEARCH_WORDS("at",{
"at":"1f,2g,k,7,9,4,s,17,i,4,1,3,3,1,2,2;3v,k,1c,20"
});
