BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5f,1c,l,4;6r"
});
