BRIEFINGS_SEARCH_WORDS("hen",{
"henrietta":"1h,1h,2y,1v;1h,4f"
});
