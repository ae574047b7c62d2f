BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4a,3a;4a"
});
