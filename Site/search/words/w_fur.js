BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6n,n,a"
});
