BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1h,2s,1q;1h,49"
});
