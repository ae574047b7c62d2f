BRIEFINGS_SEARCH_WORDS("pai",{
"paix":"2,q,3e,1j,4,28,8;46"
});
