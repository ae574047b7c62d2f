BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"7o",
"cites":"1",
"citing":"76,4;7a",
"city":"4t,2,2m;4t,2"
});
