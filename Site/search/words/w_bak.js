BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4g,3f;4g"
});
