BRIEFINGS_SEARCH_WORDS("or",{
"or":"47,n,q,1m,8,3,3"
});
