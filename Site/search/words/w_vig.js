BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"40,16,20,c,1,7,1,5,2;40"
});
