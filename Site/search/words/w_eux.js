BRIEFINGS_SEARCH_WORDS("eux",{
"eux":"1i,1r,f,41;3o"
});
