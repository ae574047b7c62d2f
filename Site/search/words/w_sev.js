BRIEFINGS_SEARCH_WORDS("sev",{
"seven":"30,1k,37;4k",
"several":"41,3j,c;41",
"severe":"5f,2a;5f"
});
