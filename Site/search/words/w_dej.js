BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,37,2,3e,l,c"
});
