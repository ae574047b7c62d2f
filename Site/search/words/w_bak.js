BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4x,38;4x"
});
