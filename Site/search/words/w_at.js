BRIEFINGS_SEARCH_WORDS("at",{
"at":"1f,2w,g,4,t,1i,4,1,3,3,1,2,2;4b,1d,1t"
});
