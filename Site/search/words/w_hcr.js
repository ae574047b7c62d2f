BRIEFINGS_SEARCH_WORDS("hcr",{
"hcr":"15,18,1i,36,t"
});
