BRIEFINGS_SEARCH_WORDS("are",{
"are":"52,j,1w,8,3;5l",
"area":"43,3e,b,5",
"areas":"5q,1z"
});
