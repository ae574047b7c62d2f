BRIEFINGS_SEARCH_WORDS("sop",{
"sophia":"0,30,a,1x,b,1w,2,9,1;5i"
});
