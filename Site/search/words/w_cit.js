BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"7q",
"cites":"1",
"citing":"78,4;7c",
"city":"4v,2,2m;4x"
});
