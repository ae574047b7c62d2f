BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1h,2q,1q;1h,47"
});
