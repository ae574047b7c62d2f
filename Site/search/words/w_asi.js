BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6e,w,3;6e",
"asile":"15,7,k,3,3,14,2,37,t;6f"
});
