BRIEFINGS_SEARCH_WORDS("dej",{
"deja":"1,36,2,3h,l,c"
});
