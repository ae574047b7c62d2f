BRIEFINGS_SEARCH_WORDS("tak",{
"take":"3d,3x,a;3d",
"taken":"41,2,3h,2;43",
"taking":"4w,2l;4w"
});
