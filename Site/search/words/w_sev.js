BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"31,1h,2y;4i",
"several":"3x,3c,c;3x",
"severe":"5a,24;5a"
});
