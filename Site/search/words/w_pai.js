BRIEFINGS_SEARCH_WORDS("pai",{
"paix":"2,q,2s,1j,4,28,8;3k"
});
