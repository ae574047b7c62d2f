BRIEFINGS_SEARCH_WORDS("or",{
"or":"48,p,r,1i,8,3,3"
});
