BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"7o",
"cites":"1",
"citing":"76,4;7a",
"city":"4w,2,2j;4y"
});
