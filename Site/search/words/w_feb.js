BRIEFINGS_SEARCH_WORDS("feb",{
"feb":"4h,4,7,3,w,1s,4,4,3,1"
});
