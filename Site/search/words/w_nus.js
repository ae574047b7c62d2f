BRIEFINGS_SEARCH_WORDS("nus",{
"nusra":"1f"
});
