BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"64,1j"
});
