BRIEFINGS_SEARCH_WORDS("ceu",{
"ceux":"3a,3c,m"
});
