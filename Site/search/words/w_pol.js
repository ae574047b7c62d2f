BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,1a,c,3o,m",
"policy":"1r,3s,1k,3,8;5j,1k",
"political":"7a,8",
"politique":"5,4,v,5,5,g,5,12,8,2,2i,1k",
"politiques":"1z,e",
"pologne":"50,2g"
});
