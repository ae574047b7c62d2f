BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"7n",
"cites":"1",
"citing":"75,4;79",
"city":"4v,2,2j;4x"
});
