BRIEFINGS_SEARCH_WORDS("smo",{
"smooth":"6n,m"
});
