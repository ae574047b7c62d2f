BRIEFINGS_SEARCH_WORDS("are",{
"are":"51,j,1w,8,3;5k",
"area":"45,3b,b,5",
"areas":"5p,1z"
});
