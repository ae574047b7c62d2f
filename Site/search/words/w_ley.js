BRIEFINGS_SEARCH_WORDS("ley",{
"leyen":"0,n,8,27,6,3k,f,2;32"
});
