BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"70,w,3;70",
"asile":"15,7,k,4,3,14,o,36,t;71"
});
