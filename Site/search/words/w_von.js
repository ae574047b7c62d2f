BRIEFINGS_SEARCH_WORDS("von",{
"von":"0,n,8,28,6,3j,f,2;33"
});
