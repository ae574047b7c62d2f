BRIEFINGS_SEARCH_WORDS("are",{
"are":"4w,j,1q,8,3;5f",
"area":"41,34,b,5",
"areas":"5l,1s"
});
