BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7o,4",
"begin":"7f,1;7f",
"begun":"6q,v;6q"
});
