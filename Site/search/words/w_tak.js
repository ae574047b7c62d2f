BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3c,3x,a;3c",
"taken":"40,2,3h,2;42",
"taking":"4v,2l;4v"
});
