BRIEFINGS_SEARCH_WORDS("at",{
"at":"1f,2v,e,4,s,1m,4,1,3,3,1,2,2;4a,1a,1x"
});
