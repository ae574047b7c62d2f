BRIEFINGS_SEARCH_WORDS("ath",{
"athenes":"17,5,y,k,d,o,2z,7,t,3,9;6u,7,t",
"athens":"1c"
});
