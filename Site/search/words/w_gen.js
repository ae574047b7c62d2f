BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3a;3a",
"general":"6,a,p,9,7,5,b,k,6,a,13,1h,l,3,f,d,4,4,2,2,2,4,3;44,1h,l,i,d",
"generale":"1h,1k",
"geneva":"4p,x,1,1,1l,4,4,4;5m,2,1t",
"geneve":"2,o,i,1,2h,1,x,1,y,1,1y",
"genuine":"7h"
});
