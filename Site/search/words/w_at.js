BRIEFINGS_SEARCH_WORDS("at",{
"at":"1f,2w,f,4,t,1i,4,1,3,3,1,2,2;4b,1c,1t"
});
