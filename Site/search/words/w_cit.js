BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"80",
"cites":"1",
"citing":"6z,j,4;7m",
"city":"51,2,2q;51,2"
});
