BRIEFINGS_SEARCH_WORDS("lna",{
"lna":"2,4,b,1e,2s,b,2t,4,8,4;4y"
});
