BRIEFINGS_SEARCH_WORDS("ful",{
"full":"61,1u,4"
});
