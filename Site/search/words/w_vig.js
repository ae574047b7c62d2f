BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"40,16,20,d,1,7,1,5,2;40"
});
