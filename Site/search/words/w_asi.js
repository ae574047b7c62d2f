BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6c,z,3;6c",
"asile":"15,7,k,3,3,14,2,36,v;6e"
});
