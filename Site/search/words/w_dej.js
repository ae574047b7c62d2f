BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,36,2,p,32,k,c;3y"
});
