BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3a;3a",
"general":"6,a,p,9,7,5,b,k,6,a,19,1g,q,3,e,i,4,4,2,2,2,4,3;4a,1g,q,h,i",
"generale":"1h,1k",
"geneva":"3w,z,w,1,1,1u,4,4,4;5r,1,1,22",
"geneve":"2,o,i,1,2j,4,1w,1,f,1s",
"genuine":"4n,38;4n"
});
