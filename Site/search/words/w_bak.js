BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4a,39;4a"
});
