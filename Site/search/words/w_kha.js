BRIEFINGS_SEARCH_WORDS("kha",{
"khaled":"1e,g,1k,2,4k;1u,1k,2",
"khalid":"1u",
"khalifa":"2,d,2,5,19,1k,3,1,3,8,6,3,1,d,d,c,6,f,h,17,3,4,5,1,2,3,1,1,1;1v,1k,3,1,3,h,1,d,d,i,f,h",
"khan":"1"
});
