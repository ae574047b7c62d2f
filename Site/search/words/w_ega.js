BRIEFINGS_SEARCH_WORDS("ega",{
"egalement":"54,e,g,1,1,1c,2,1;5y,1,1"
});
