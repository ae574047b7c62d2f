BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4g,3g;4g"
});
