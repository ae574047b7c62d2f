BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,75,1;75"
});
