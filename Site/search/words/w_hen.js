BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1i,2s,1n;1h,4a"
});
