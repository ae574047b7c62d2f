BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"4l,38;4l",
"several":"3z,3n,c;3z",
"severe":"5g,2b;5g"
});
