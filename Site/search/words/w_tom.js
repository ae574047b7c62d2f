BRIEFINGS_SEARCH_WORDS("tom",{
"tombee":"6a,1e",
"tombees":"5c,2g"
});
