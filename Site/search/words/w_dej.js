BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,36,2,3e,l,c"
});
