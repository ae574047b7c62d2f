BRIEFINGS_SEARCH_WORDS("smo",{
"smooth":"79,m"
});
