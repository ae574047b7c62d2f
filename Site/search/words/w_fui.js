BRIEFINGS_SEARCH_WORDS("fui",{
"fui":"2y,n,14,2n,8,8,4,5;4p,2n"
});
