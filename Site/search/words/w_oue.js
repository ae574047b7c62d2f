BRIEFINGS_SEARCH_WORDS("oue",{
"ouest":"1,q,q,7,d,1,2,6,1,1,f,i,1a,1,5,y,z,o,2,8,1,4,3,4,4;4p,2l,2"
});
