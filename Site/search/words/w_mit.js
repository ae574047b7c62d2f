BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7d,2",
"mitsotakis":"1w,1c,37,b,i,2,a;1w,4u"
});
