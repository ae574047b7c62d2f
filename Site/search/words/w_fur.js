BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6m,n,a"
});
