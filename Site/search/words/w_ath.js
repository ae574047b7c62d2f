BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,y,k,d,2,2z,7,t,3,9;68,7,t",
"athens":"1c"
});
