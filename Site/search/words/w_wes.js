BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,47,f,8,1,2,i,1,14,s,3,3,3,2;4v,1,1p,v",
"western":"46,3a,6,2"
});
