BRIEFINGS_SEARCH_WORDS("are",{
"are":"4x,j,1q,8,3;5g",
"area":"41,35,b,5",
"areas":"5m,1s"
});
