BRIEFINGS_SEARCH_WORDS("oue",{
"ouest":"1,q,q,7,e,1,2,6,1,1,f,i,15,1,4,y,1e,1,9,1,4,3,4,4;4k,2c,1"
});
