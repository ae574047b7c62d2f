BRIEFINGS_SEARCH_WORDS("hcr",{
"hcr":"15,17,w,37,t"
});
