BRIEFINGS_SEARCH_WORDS("bef",{
"before":"43,3h,c"
});
