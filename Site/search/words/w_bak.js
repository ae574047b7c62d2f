BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4f,3f;4f"
});
