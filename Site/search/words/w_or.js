BRIEFINGS_SEARCH_WORDS("or",{
"or":"47,p,r,1l,8,3,3"
});
