BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,30,7,t,3,9;68,7,t",
"athens":"1c"
});
