BRIEFINGS_SEARCH_WORDS("ted",{
"tedros":"2c"
});
