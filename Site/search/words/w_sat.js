BRIEFINGS_SEARCH_WORDS("sat",{
"sat":"7s",
"satellitaire":"5g,29;5g",
"satellites":"7f,1",
"saturday":"41,t,1s,z,7,4"
});
