BRIEFINGS_SEARCH_WORDS("adh",{
"adhanom":"2c"
});
