BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1i,3d,1n;1h,4v"
});
