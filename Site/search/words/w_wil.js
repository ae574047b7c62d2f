BRIEFINGS_SEARCH_WORDS("wil",{
"will":"75,1,c;75",
"williams":"1z,u,i,20,1v,4,5;2t"
});
