BRIEFINGS_SEARCH_WORDS("beg",{
"began":"7d,4",
"begin":"74,1;74",
"begun":"6g,u;6g"
});
