BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"69,1d;69",
"tombees":"5b,2f"
});
