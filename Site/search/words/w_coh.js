BRIEFINGS_SEARCH_WORDS("coh",{
"coherente":"5y,1f"
});
