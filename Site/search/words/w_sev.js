BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"31,23,2y;54",
"several":"4j,3c,c;4j",
"severe":"5w,24;5w"
});
