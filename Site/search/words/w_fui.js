BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2y,n,14,2l,9,8,4,5"
});
