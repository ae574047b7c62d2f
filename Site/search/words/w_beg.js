BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7p,4",
"begin":"7g,1;7g",
"begun":"6r,v;6r"
});
