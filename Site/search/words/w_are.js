BRIEFINGS_SEARCH_WORDS("are",{
"are":"52,j,1x,8,3;5l",
"area":"40,3i,b,5",
"areas":"5q,20"
});
