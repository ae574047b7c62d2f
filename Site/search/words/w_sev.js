BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"4l,38",
"several":"3z,3n,c",
"severe":"5g,2b"
});
