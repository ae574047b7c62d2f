BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2t,d,v,2,2,4,9,2a,f,b,1;42,2r,r",
"maaret":"1",
"maas":"1g,3j,8,3,25,1,7;1g,3j,8,3"
});
