BRIEFINGS_SEARCH_WORDS("von",{
"von":"0,n,8,28,s,3h,g,2;33"
});
