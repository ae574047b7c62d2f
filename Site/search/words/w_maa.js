BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2t,d,10,2,2,4,a,2f,e,b,1;47,2x,q",
"maaret":"1",
"maas":"1g,3q,8,3,28,1,7;1g,3q,8,3"
});
