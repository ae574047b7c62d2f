BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,74,1;74"
});
