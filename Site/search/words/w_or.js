BRIEFINGS_SEARCH_WORDS("or",{
"or":"4c,p,q,1p,8,3,3"
});
