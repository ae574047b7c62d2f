BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3c,40,a;3c",
"taken":"40,2,3k,2;42",
"taking":"4v,2o;4v"
});
