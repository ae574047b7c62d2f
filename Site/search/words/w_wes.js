BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,4c,e,9,1,2,i,8,10,s,3,3,3,2;50,1,s,10,v",
"western":"4b,3d,6,2"
});
