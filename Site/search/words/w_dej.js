BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,37,2,3c,m,c"
});
