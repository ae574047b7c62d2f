BRIEFINGS_SEARCH_WORDS("von",{
"von":"0,n,8,27,6,3j,f,2;32"
});
