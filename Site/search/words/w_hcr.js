BRIEFINGS_SEARCH_WORDS("hcr",{
"hcr":"15,18,w,37,t"
});
