BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6o,10,3;6o",
"asile":"15,7,k,3,3,14,2,3i,w;6q"
});
