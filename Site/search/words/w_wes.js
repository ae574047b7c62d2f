BRIEFINGS_SEARCH_WORDS("wes",{
"west":"1,48,f,8,1,2,i,1,12,r,3,3,3,2;4w,1,1n,u",
"western":"47,37,6,2"
});
