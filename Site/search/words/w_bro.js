BRIEFINGS_SEARCH_WORDS("bro",{
"broadly":"5a,2t;5a",
"broken":"87;87",
"brokered":"87",
"brought":"75,r,6;75"
});
