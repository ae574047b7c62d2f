BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4a,3c;4a"
});
