BRIEFINGS_SEARCH_WORDS("or",{
"or":"4c,q,q,1p,8,3,3"
});
