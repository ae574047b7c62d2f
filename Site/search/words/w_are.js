BRIEFINGS_SEARCH_WORDS("are",{
"are":"4u,j,1t,8,3;5d",
"area":"40,36,b,5",
"areas":"5i,1w"
});
