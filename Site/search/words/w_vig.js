BRIEFINGS_SEARCH_WORDS("vig",{
"vigueur":"4k,12,1t,1,c,1,7,1,5,2;4k"
});
