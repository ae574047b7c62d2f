BRIEFINGS_SEARCH_WORDS("pai",{
"paix":"2,q,2s,1p,5,2f,8;59"
});
