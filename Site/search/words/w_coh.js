BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"66,1k"
});
