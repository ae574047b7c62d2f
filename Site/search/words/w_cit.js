BRIEFINGS_SEARCH_WORDS("cit",{
"citee":"7y",
"cites":"1",
"citing":"6y,i,4;7k",
"city":"50,2,2p;50,2"
});
