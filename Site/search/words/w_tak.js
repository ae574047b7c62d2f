BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,2v,1c,a;3d",
"taken":"45,2,3n,2;47",
"taking":"50,2r;50"
});
