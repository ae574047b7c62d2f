BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,48,e,8,1,2,i,1,10,t,3,3,3,2;4v,1,1l,w",
"western":"47,36,6,2"
});
