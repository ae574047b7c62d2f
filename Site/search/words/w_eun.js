BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,7g,1;7g"
});
