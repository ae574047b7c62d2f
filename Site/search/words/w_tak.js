BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,2w,1d,a;3d",
"taken":"40,5,3r,2;45",
"taking":"51,2s;51"
});
