BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7e,2",
"mitsotakis":"1w,1d,37,b,i,2,a;1w,4v"
});
