BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"60,1c"
});
