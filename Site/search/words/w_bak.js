BRIEFINGS_SEARCH_WORDS("bak",{
"bakery":"4g,3h;4g"
});
