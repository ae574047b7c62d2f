BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,36,2,s,30,l,c;41"
});
