BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"30,1l,37;4l",
"several":"3z,3m,c;3z",
"severe":"5g,2a;5g"
});
