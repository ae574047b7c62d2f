BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,19,c,3r,m",
"policy":"1r,3r,1n,3,8;5i,1n",
"political":"7c,8",
"politique":"5,4,v,5,5,g,16,8,2,2i,1n",
"politiques":"2c",
"pologne":"50,2i"
});
