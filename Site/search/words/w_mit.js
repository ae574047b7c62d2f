BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7g,2",
"mitsotakis":"1w,1c,39,c,i,2,a;1w,4x"
});
