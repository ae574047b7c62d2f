BRIEFINGS_SEARCH_WORDS("urs",{
"ursula":"0,n,8,27,1,6,3j,f,2;32,1"
});
