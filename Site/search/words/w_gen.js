BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3b;3b",
"general":"6,a,p,9,7,5,c,k,6,a,13,1g,l,3,e,e,4,4,2,2,2,4,3;45,1g,l,h,e",
"generale":"1h,1l",
"geneva":"4p,x,1,1,1l,4,4,4;5m,2,1t",
"geneve":"2,o,i,1,2i,1,w,1,y,1,1y",
"genuine":"7h"
});
