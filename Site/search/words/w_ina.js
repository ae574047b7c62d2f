BRIEFINGS_SEARCH_WORDS("ina",{
"inacceptable":"5y,1f"
});
