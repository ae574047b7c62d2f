BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,11,28,8,v,3,9;6h,8,v",
"athens":"1c"
});
