BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,2w,1d,a",
"taken":"40,5,3r,2",
"taking":"51,2s"
});
