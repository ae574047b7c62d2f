BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6p,n,a"
});
