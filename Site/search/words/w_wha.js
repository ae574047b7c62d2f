BRIEFINGS_SEARCH_WORDS("wha",{
"what":"5f,1z;5f"
});
