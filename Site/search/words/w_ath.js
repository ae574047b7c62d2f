BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,x,k,d,2,11,28,8,w,3,9;6h,8,w",
"athens":"1c"
});
