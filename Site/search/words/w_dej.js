BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,36,2,p,32,l,c;3y"
});
