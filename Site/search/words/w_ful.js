BRIEFINGS_SEARCH_WORDS("ful",{
"full":"5f,1u,4"
});
