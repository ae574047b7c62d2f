BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"30,1h,2z;4h",
"several":"3w,3d,c;3w",
"severe":"5a,24"
});
