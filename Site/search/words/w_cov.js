BRIEFINGS_SEARCH_WORDS("cov",{
"covid":"1a,12"
});
