BRIEFINGS_SEARCH_WORDS("at",{
"at":"1f,3i,f,4,t,1i,4,1,3,3,1,2,2;4x,1c,1t"
});
