BRIEFINGS_SEARCH_WORDS("maa",{
"maarat":"1,2t,d,y,2,4,5,a,2f,e,b,1;45,30,q",
"maaret":"1",
"maas":"1g,3r,8,3,28,1,7;1g,3r,8,3"
});
