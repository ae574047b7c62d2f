BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2u,d,v,2,2,4,b,27,f,b,1;43,2q,r",
"maaret":"1",
"maas":"1g,3m,8,3,22,1,7;1g,3m,8,3"
});
