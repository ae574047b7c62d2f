BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6e,z,3;6e",
"asile":"15,7,k,3,3,14,2,38,v;6g"
});
