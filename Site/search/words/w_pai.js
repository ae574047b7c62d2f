BRIEFINGS_SEARCH_WORDS("pai",{
"paix":"2,q,2s,1o,5,2d,8;58"
});
