BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4b,38;4b"
});
