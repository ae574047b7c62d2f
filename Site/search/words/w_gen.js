BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3a;3a",
"general":"6,a,p,9,7,5,b,k,6,a,13,1h,l,3,e,h,4,4,2,2,2,4,3;44,1h,l,h,h",
"generale":"1h,1k",
"geneva":"4p,x,1,1,1o,4,4,4;5m,2,1w",
"geneve":"2,o,i,1,2h,1,x,1,y,1,21",
"genuine":"7k"
});
