BRIEFINGS_SEARCH_WORDS("eun",{
"eunavfor":"0,77,1;77"
});
