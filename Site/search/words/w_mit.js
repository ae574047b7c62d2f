BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7r,2",
"mitsotakis":"1w,1c,r,2s,d,i,2,a;1w,23,35"
});
