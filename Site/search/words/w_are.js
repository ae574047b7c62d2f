BRIEFINGS_SEARCH_WORDS("are",{
"are":"52,j,1y,8,3;5l",
"area":"46,3d,b,5",
"areas":"5q,21"
});
