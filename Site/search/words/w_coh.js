BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"65,1j"
});
