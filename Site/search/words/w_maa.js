BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2t,d,v,2,2,4,b,27,f,b,1;42,2q,r",
"maaret":"1",
"maas":"1g,3l,8,3,22,1,7;1g,3l,8,3"
});
