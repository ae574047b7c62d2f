BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1h,2x,1t;1h,4e"
});
