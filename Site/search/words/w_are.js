BRIEFINGS_SEARCH_WORDS("are",{
"are":"5i,j,1q,8,3;61",
"area":"4n,34,b,5",
"areas":"67,1s"
});
