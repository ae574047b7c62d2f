BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,2y,8,v,3,9;66,8,v",
"athens":"1c"
});
