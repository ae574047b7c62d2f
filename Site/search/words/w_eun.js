BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,7i,1;7i"
});
