BRIEFINGS_SEARCH_WORDS("or",{
"or":"4u,o,r,1i,8,3,3"
});
