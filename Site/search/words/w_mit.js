BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7p,2",
"mitsotakis":"1w,1c,12,2g,d,h,2,a;1w,2e,2t"
});
