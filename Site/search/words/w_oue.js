BRIEFINGS_SEARCH_WORDS("oue",{
"ouest":"1,q,q,7,e,1,2,6,1,1,f,11,3,15,1,4,y,1e,1,9,1,4,3,4,4;56,2c,1"
});
