BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7o,2",
"mitsotakis":"1w,1c,q,2r,d,h,2,a;1w,22,34"
});
