BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1i,2r,1n;1h,49"
});
