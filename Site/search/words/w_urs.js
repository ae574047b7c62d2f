BRIEFINGS_SEARCH_WORDS("urs",{
"ursula":"0,n,8,27,1,s,3h,g,2;32,1"
});
