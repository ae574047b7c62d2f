BRIEFINGS_SEARCH_WORDS("von",{
"von":"0,n,8,27,6,3v,e,2;32"
});
