BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"6a,1d",
"tombees":"5c,2f"
});
