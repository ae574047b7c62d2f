BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1h,2s,1n;1h,49"
});
