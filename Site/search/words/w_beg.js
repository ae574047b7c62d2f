BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7z,4",
"begin":"7q,1;7q",
"begun":"72,u;72"
});
