BRIEFINGS_SEARCH_WORDS("oue",{
"ouest":"1,q,q,7,d,1,2,6,1,1,f,i,14,1,4,x,v,n,2,8,1,4,3,4,4;4i,2f,2"
});
