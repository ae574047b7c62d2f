BRIEFINGS_SEARCH_WORDS("pol",{
"police":"k,s,1a,c,3m,n",
"policy":"1r,3r,1k,3,8;5i,1k",
"political":"79,8",
"politique":"5,4,v,5,5,g,5,12,8,2,2h,1k",
"politiques":"1z,e",
"pologne":"4z,2g"
});
