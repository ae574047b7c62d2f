BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,p,2j,8,v,3,9;6g,8,v",
"athens":"1c"
});
