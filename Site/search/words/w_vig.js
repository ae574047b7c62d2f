BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"43,13,21,1,c,1,7,1,5,2;43"
});
