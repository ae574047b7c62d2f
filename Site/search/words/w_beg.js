BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7q,4",
"begin":"7h,1;7h",
"begun":"6r,w;6r"
});
