BRIEFINGS_SEARCH_WORDS("vic",{
"vice":"20,q,g",
"victimes":"1,k,1s,a,5",
"victoire":"3w"
});
