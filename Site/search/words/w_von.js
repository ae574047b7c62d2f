BRIEFINGS_SEARCH_WORDS("von",{
"von":"0,n,8,28,6,3h,g,2;33"
});
