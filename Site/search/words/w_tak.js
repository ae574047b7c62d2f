BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,2w,1c,a;3d",
"taken":"43,2,3q,2;45",
"taking":"51,2r;51"
});
