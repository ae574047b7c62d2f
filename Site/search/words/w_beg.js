BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7r,4",
"begin":"7i,1;7i",
"begun":"6s,w;6s"
});
