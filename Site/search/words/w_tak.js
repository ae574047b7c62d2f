BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,3w,a;3d",
"taken":"41,2,3g,2;43",
"taking":"4v,2l;4v"
});
