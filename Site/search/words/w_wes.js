BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,47,d,8,1,2,i,8,x,s,3,3,3,2;4t,1,s,x,v",
"western":"46,38,6,2"
});
