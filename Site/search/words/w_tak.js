BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3c,3y,a;3c",
"taken":"40,2,3i,2;42",
"taking":"4t,2o;4t"
});
