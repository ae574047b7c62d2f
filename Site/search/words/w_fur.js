BRIEFINGS_SEARCH_WORDS("fur",{
"further":"6x,n,a"
});
