BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3a;3a",
"general":"6,a,p,9,7,5,b,k,6,a,18,1g,p,3,e,h,4,4,2,2,2,4,3;49,1g,p,h,h",
"generale":"1h,1k",
"geneva":"3w,y,w,1,1,1s,4,4,4;5q,1,1,20",
"geneve":"2,o,i,1,2j,4,1v,1,e,1r",
"genuine":"4m,36;4m"
});
