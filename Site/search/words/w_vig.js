BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"42,13,20,c,1,7,1,5,2;42"
});
