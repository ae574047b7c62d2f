BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"30,1h,32;4h",
"several":"3w,3g,c;3w",
"severe":"5a,27"
});
