BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,3t,2,3c,m,c"
});
