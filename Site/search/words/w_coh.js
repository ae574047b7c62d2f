BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"61,1c"
});
