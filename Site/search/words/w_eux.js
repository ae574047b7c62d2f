BRIEFINGS_SEARCH_WORDS("eux",{
"eux":"1i,1s,f,3x;3p"
});
