BRIEFINGS_SEARCH_WORDS("kha",{
"khaled":"1e,g,1k,2,4l;1u,1m",
"khalid":"1u",
"khalifa":"2,d,2,5,19,1k,3,1,3,8,c,1,a,d,c,6,f,i,17,3,4,5,1,2,3,1,1,1;1v,1r,8,c,1l",
"khan":"1"
});
