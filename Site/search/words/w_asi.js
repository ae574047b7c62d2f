BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6e,w,3;6e",
"asile":"15,7,k,4,3,14,2,36,t;6f"
});
