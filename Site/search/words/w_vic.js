BRIEFINGS_SEARCH_WORDS("vic",{
"vice":"1z,q,g",
"victimes":"1,k,1r,a,5",
"victoire":"39"
});
