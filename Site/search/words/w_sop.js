BRIEFINGS_SEARCH_WORDS("sop",{
"sophia":"0,31,w,1r,b,1q,2,9,1;5z"
});
