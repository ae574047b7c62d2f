BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2y,n,13,2l,8,8,4,5;4o,2l"
});
