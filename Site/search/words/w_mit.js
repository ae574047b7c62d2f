BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7d,2",
"mitsotakis":"1w,1d,36,a,j,2,a;1w,4t"
});
