BRIEFINGS_SEARCH_WORDS("urs",{
"ursula":"0,n,8,26,1,6,3j,f,2;31,1"
});
