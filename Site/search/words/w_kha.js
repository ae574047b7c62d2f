BRIEFINGS_SEARCH_WORDS("kha",{
"khaled":"1e,g,26,2,47;1u,28",
"khalid":"1u",
"khalifa":"2,d,2,5,19,26,3,1,3,8,7,1,a,c,c,6,g,1j,4,5,1,2,3,1,1,1;1v,2d,8,7",
"khan":"1"
});
