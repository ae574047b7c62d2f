BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"30,1l,39;4l",
"several":"42,3l,c;42",
"severe":"5g,2c;5g"
});
