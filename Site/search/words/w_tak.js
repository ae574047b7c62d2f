BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,2x,1d,a;3d",
"taken":"46,2,3p,2;48",
"taking":"51,2t;51"
});
