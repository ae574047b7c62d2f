BRIEFINGS_SEARCH_WORDS("ceu",{
"ceux":"3w,3c,m"
});
