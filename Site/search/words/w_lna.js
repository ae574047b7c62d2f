BRIEFINGS_SEARCH_WORDS("lna",{
"lna":"2,4,b,1e,2a,b,1r,r,i,4,8,4;4g"
});
