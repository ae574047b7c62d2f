BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"81",
"cites":"1",
"citing":"70,j,4;7n",
"city":"51,2,2r;51,2"
});
