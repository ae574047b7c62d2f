BRIEFINGS_SEARCH_WORDS("ley",{
"leyen":"0,n,8,28,s,3h,g,2;33"
});
