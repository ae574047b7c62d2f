BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"6m,1c"
});
