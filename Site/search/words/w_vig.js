BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"3y,12,1t,1,c,1,7,1,5,2;3y"
});
