BRIEFINGS_SEARCH_WORDS("or",{
"or":"4d,p,q,1r,8,3,3"
});
