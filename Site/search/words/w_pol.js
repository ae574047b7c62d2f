BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,19,c,3p,m",
"policy":"1r,3o,1o,3,8;5f,1o",
"political":"7a,8",
"politique":"5,4,v,5,5,g,16,8,2,2g,1n",
"politiques":"2c",
"pologne":"4x,2j"
});
