BRIEFINGS_SEARCH_WORDS("or",{
"or":"48,o,r,1i,8,3,3"
});
