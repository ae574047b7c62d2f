BRIEFINGS_SEARCH_WORDS("eux",{
"eux":"1i,1r,f,3y;3o"
});
