BRIEFINGS_SEARCH_WORDS("ega",{
"egalement":"5q,e,g,1,1,1c,2,1;6k,1,1"
});
