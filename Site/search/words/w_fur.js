BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6y,n,a"
});
