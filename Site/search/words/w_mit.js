BRIEFINGS_SEARCH_WORDS("mit",{
"mitiga":"2,7z,2",
"mitsotakis":"1w,1z,36,a,j,2,a;1w,5f"
});
