BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,4u,e,8,1,2,i,1,10,t,3,3,3,2;5h,1,1l,w",
"western":"4t,36,6,2"
});
