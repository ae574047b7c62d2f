BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,30,8,v,3,9;68,8,v",
"athens":"1c"
});
