BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,q,2k,8,w,3,9;6i,8,w",
"athens":"1c"
});
