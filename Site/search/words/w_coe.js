BRIEFINGS_SEARCH_WORDS("coe",{
"coeur":"f"
});
