BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4b,39;4b"
});
