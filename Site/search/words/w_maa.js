BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2u,d,v,2,2,4,a,26,g,b,1;43,2o,s",
"maaret":"1",
"maas":"1g,3l,8,3,22,1,7;1g,3l,8,3"
});
