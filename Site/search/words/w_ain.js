BRIEFINGS_SEARCH_WORDS("ain",{
"ain":"1,76,1",
"ainsi":"0,d,c,2e,7,a,1g,1m,m,1,7,7,1"
});
