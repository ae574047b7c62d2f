BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7g,4",
"begin":"77,1;77",
"begun":"6i,v;6i"
});
