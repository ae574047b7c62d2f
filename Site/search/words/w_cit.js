BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"7z",
"cites":"1",
"citing":"6z,i,4;7l",
"city":"51,2,2p;51,2"
});
