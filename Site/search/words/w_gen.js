BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3a;3a",
"general":"6,a,p,9,7,5,b,k,6,a,13,1e,m,3,e,h,4,4,2,2,2,4,3;44,1e,m,h,h",
"generale":"1h,1k",
"geneva":"4n,w,1,1,1p,4,4,4;5j,1,1,1x",
"geneve":"2,o,i,1,2i,1t,1,22",
"genuine":"7i"
});
