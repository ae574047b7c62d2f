BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,7q,1;7q"
});
