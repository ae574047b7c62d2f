BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6m,z,3;6m",
"asile":"15,7,k,3,3,14,2,3g,v;6o"
});
