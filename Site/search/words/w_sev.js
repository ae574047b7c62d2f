BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"30,1f,32;4f",
"several":"3w,3e,c;3w",
"severe":"58,27;58"
});
