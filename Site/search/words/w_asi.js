BRIEFINGS_SEARCH_WORDS("asi",{
"aside":"6f,w,3;6f",
"asile":"15,7,k,4,3,14,2,37,t;6g"
});
