BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,4d,e,9,1,2,i,8,11,t,3,3,3,2;51,1,s,11,w",
"western":"4c,3f,6,2"
});
