BRIEFINGS_SEARCH_WORDS("von",{
"von":"0,n,8,27,6,3k,f,2;32"
});
