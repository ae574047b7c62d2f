BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,36,2,r,2z,k,c;40"
});
