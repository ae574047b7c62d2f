BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"31,1h,2z;4i",
"several":"3x,3d,c;3x",
"severe":"5b,24"
});
