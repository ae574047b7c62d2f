BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,4c,f,9,1,2,i,8,10,s,3,3,3,2;51,1,s,10,v",
"western":"4b,3e,6,2"
});
