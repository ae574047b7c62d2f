BRIEFINGS_SEARCH_WORDS("eux",{
"eux":"1i,1r,g,4b;3p"
});
