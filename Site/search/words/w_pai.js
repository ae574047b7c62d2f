BRIEFINGS_SEARCH_WORDS("pai",{
"paix":"2,q,2r,1g,9,27,8"
});
