BRIEFINGS_SEARCH_WORDS("gen",{
"gendarme":"3a;3a",
"general":"6,a,p,9,7,5,b,k,6,a,16,1j,p,3,e,h,4,4,2,2,2,4,3;47,1j,p,h,h",
"generale":"1h,1k",
"geneva":"3w,z,w,1,1,1s,4,4,4;5r,1,1,20",
"geneve":"2,o,i,1,2j,4,1w,1,e,1r",
"genuine":"4n,36;4n"
});
