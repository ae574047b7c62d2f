BRIEFINGS_SEARCH_WORDS("pai",{
"paix":"2,q,2r,1k,5,27,8"
});
