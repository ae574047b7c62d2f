BRIEFINGS_SEARCH_WORDS("ega",{
"egalement":"55,e,g,1,1,1c,2,1;5z,1,1"
});
