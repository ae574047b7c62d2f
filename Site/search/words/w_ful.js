BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5g,1u,4"
});
