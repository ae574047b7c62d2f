BRIEFINGS_SEARCH_WORDS("or",{
"or":"4c,q,q,1q,8,3,3"
});
