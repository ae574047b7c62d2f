BRIEFINGS_SEARCH_WORDS("hiv",{
"hiver":"2c"
});
