BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2t,d,11,2,2,4,a,2g,f,b,1;48,2y,r",
"maaret":"1",
"maas":"1g,3r,8,3,2a,1,7;1g,3r,8,3"
});
