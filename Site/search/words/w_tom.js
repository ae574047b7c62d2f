BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"6a,1d;6a",
"tombees":"5c,2f"
});
