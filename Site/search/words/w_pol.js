BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,19,c,3o,m",
"policy":"1r,3r,1k,3,8;5i,1k",
"political":"79,8",
"politique":"5,4,v,5,5,g,16,8,2,2i,1k",
"politiques":"2c",
"pologne":"4z,2g"
});
