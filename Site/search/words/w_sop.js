BRIEFINGS_SEARCH_WORDS("sop",{
"sophia":"0,30,a,1y,b,1y,2,9,1;5j"
});
