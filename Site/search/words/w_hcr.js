BRIEFINGS_SEARCH_WORDS("hcr",{
"hcr":"15,18,w,36,t"
});
