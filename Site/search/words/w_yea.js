BRIEFINGS_SEARCH_WORDS("yea",{
"year":"4t,32,a;4t",
"years":"7v"
});
