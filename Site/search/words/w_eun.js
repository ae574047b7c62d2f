BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,7f,1;7f"
});
